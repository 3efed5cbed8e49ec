package vn.motcua.integration.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.integration.DossierSyncFigures;

/** {@code dossier_sync}: whether and when each dossier reached the national portal. */
@Repository
class SyncRecords implements DossierSyncFigures {

    private final JdbcClient jdbc;
    private final PortalEndpoint endpoint;
    private final Clock clock;

    SyncRecords(JdbcClient jdbc, PortalEndpoint endpoint, Clock clock) {
        this.jdbc = jdbc;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    /** The dossier reached the portal, by a delivery standing for {@code messages} outbox messages (merged). */
    void synced(String dossierCode, String agencyCode, Instant receivedAt, Integer statusCode, String localStatus,
            int messages) {
        jdbc.sql("""
                INSERT INTO dossier_sync (dossier_code, agency_code, received_at, first_synced_at, last_synced_at,
                                          last_status_code, last_local_status, messages)
                VALUES (:code, :agency, :received, :now, :now, :status, :local, :messages)
                ON CONFLICT (dossier_code) DO UPDATE SET last_synced_at = EXCLUDED.last_synced_at,
                    received_at = COALESCE(EXCLUDED.received_at, dossier_sync.received_at),
                    last_status_code = COALESCE(EXCLUDED.last_status_code, dossier_sync.last_status_code),
                    last_local_status = COALESCE(EXCLUDED.last_local_status, dossier_sync.last_local_status),
                    messages = dossier_sync.messages + EXCLUDED.messages
                """).param("code", dossierCode).param("agency", agencyCode)
                .param("received", receivedAt == null ? null : Timestamp.from(receivedAt), Types.TIMESTAMP)
                .param("now", Timestamp.from(clock.instant()))
                .param("status", statusCode, Types.INTEGER).param("local", localStatus, Types.VARCHAR)
                .param("messages", messages).update();
    }

    @Override
    public Optional<String> unavailableReason() {
        return endpoint.uri().isPresent() ? Optional.empty()
                : Optional.of("Chưa kết nối Cổng Dịch vụ công quốc gia (chưa cấu hình motcua.national-portal.url); "
                        + "tỷ lệ đồng bộ do Cổng tính.");
    }

    @Override
    public long synced(String agencyCode, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT count(*) FROM dossier_sync
                WHERE agency_code = :agency AND received_at >= :from AND received_at < :to
                """).param("agency", agencyCode).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(Long.class).single();
    }
}
