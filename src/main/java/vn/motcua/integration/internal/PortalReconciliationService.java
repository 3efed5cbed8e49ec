package vn.motcua.integration.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.integration.NationalPortal;
import vn.motcua.integration.Outbox;
import vn.motcua.integration.PortalReconciliations;
import vn.motcua.shared.ProblemException;

/**
 * Looks each recently synchronised dossier up at the portal and queues what it lacks again, as a
 * {@code dossier-resync} message built from the dossier's delivered messages (the latest fields; for a dossier the
 * portal lost, every progress step as well), after any message still in the outbox (the same ordering key).
 * Dossiers with a message not yet delivered are left to the outbox.
 */
@Service
class PortalReconciliationService implements PortalReconciliations {

    static final String RESYNC = "dossier-resync";
    private static final Duration RUNNING = Duration.ofMinutes(30);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final NationalPortal portal;
    private final PortalEndpoint endpoint;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TransactionTemplate each;
    private final Clock clock;
    private final Duration window;

    PortalReconciliationService(NationalPortal portal, PortalEndpoint endpoint, Outbox outbox, JdbcClient jdbc,
            JsonMapper json, PlatformTransactionManager transactions, Clock clock,
            @Value("${motcua.national-portal.reconcile-window:P3D}") Duration window) {
        this.portal = portal;
        this.endpoint = endpoint;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.json = json;
        this.each = new TransactionTemplate(transactions);
        this.each.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.window = window;
    }

    @Override
    public Reconciliation reconcile(String user) {
        if (endpoint.uri().isEmpty()) {
            throw ProblemException.conflict("Chưa kết nối Cổng Dịch vụ công quốc gia (chưa cấu hình "
                    + "motcua.national-portal.url): không có gì để đối soát.");
        }
        Instant from = clock.instant().minus(window);
        long id = each.execute(status -> {
            // one run at a time on all instances (a run unfinished for 30 minutes is taken as crashed)
            jdbc.sql("LOCK TABLE portal_reconciliation IN SHARE ROW EXCLUSIVE MODE").update();
            if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_reconciliation WHERE finished_at IS NULL "
                    + "AND started_at > :recent)").param("recent", Timestamp.from(clock.instant().minus(RUNNING)))
                    .query(Boolean.class).single()) {
                throw ProblemException.conflict("Một lần đối soát với Cổng đang chạy; hãy thử lại sau.");
            }
            return jdbc.sql("""
                    INSERT INTO portal_reconciliation (started_at, triggered_by, window_from)
                    VALUES (:now, :by, :from) RETURNING id
                    """).param("now", Timestamp.from(clock.instant())).param("by", user)
                    .param("from", Timestamp.from(from)).query(Long.class).single();
        });
        record Synced(String code, Integer status) {}
        List<Synced> synced = jdbc.sql("""
                SELECT s.dossier_code, s.last_status_code FROM dossier_sync s
                WHERE s.last_synced_at >= :from
                  AND NOT EXISTS (SELECT 1 FROM integration_outbox o
                                  WHERE o.target = :target AND o.ordering_key = s.dossier_code
                                    AND o.state <> 'DELIVERED')
                ORDER BY s.dossier_code
                """).param("from", Timestamp.from(from)).param("target", PortalTarget.NAME)
                .query((rs, n) -> new Synced(rs.getString(1), (Integer) rs.getObject(2))).list();
        int matching = 0;
        int missing = 0;
        int stale = 0;
        int resent = 0;
        List<String> differences = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Synced dossier : synced) {
            NationalPortal.Lookup lookup = portal.lookup(dossier.code());
            boolean lost = !lookup.found() && lookup.answer().unknownDossier();
            if (!lookup.found() && !lost) {
                errors.add(dossier.code() + ": " + (lookup.answer().raw() != null ? lookup.answer().raw()
                        : lookup.answer().message()));
                continue;
            }
            boolean behind = !lost && dossier.status() != null && !dossier.status().equals(lookup.status());
            if (!lost && !behind) {
                matching++;
                continue;
            }
            if (lost) {
                missing++;
                differences.add(dossier.code() + ": Cổng không có hồ sơ; gửi lại toàn bộ.");
            } else {
                stale++;
                differences.add(dossier.code() + ": Cổng ghi trạng thái " + lookup.status() + ", đã gửi "
                        + dossier.status() + "; gửi lại.");
            }
            if (Boolean.TRUE.equals(each.execute(status -> resend(dossier.code(), lost)))) {
                resent++;
            }
        }
        int[] counts = {synced.size(), matching, missing, stale, resent};
        each.executeWithoutResult(status -> jdbc.sql("""
                UPDATE portal_reconciliation SET finished_at = :now, checked = :checked, matching = :matching,
                       missing = :missing, stale = :stale, resent = :resent, differences = :differences,
                       errors = :errors
                WHERE id = :id
                """).param("now", Timestamp.from(clock.instant())).param("checked", counts[0])
                .param("matching", counts[1]).param("missing", counts[2]).param("stale", counts[3])
                .param("resent", counts[4]).param("differences", differences.toArray(String[]::new))
                .param("errors", errors.toArray(String[]::new)).param("id", id).update());
        return recent(50).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** Queues the dossier's latest fields (and, when the portal lost it, every step) again; false when none exist. */
    @SuppressWarnings("unchecked")
    private boolean resend(String code, boolean whole) {
        List<String> payloads = jdbc.sql("""
                SELECT payload FROM integration_outbox
                WHERE target = :target AND ordering_key = :code AND state = 'DELIVERED'
                  AND type IN ('dossier-registered', 'dossier-status', :resync)
                ORDER BY id
                """).param("target", PortalTarget.NAME).param("code", code).param("resync", RESYNC)
                .query(String.class).list();
        if (payloads.isEmpty()) {
            return false;
        }
        List<Object> steps = new ArrayList<>();
        Map<String, Object> latest = null;
        for (String text : payloads) {
            Map<String, Object> payload = json.readValue(text, MAP);
            if (!RESYNC.equals(((Map<String, Object>) payload.getOrDefault("meta", Map.of())).get("action"))) {
                steps.addAll((List<Object>) payload.getOrDefault("TienDo", List.of()));
            }
            latest = payload;
        }
        Map<String, Object> meta = new LinkedHashMap<>((Map<String, Object>) latest.getOrDefault("meta", Map.of()));
        meta.put("action", RESYNC);
        meta.put("first", whole);
        meta.put("full", true);
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("meta", meta);
        message.put("HoSo", latest.get("HoSo"));
        if (whole && !steps.isEmpty()) {
            message.put("TienDo", steps);
        }
        outbox.enqueue(new Outbox.Message(PortalTarget.NAME, code, RESYNC, json.writeValueAsString(message)));
        return true;
    }

    @Override
    public List<Reconciliation> recent(int limit) {
        return jdbc.sql("""
                SELECT id, started_at, finished_at, triggered_by, window_from, checked, matching, missing, stale,
                       resent, differences, errors
                FROM portal_reconciliation ORDER BY id DESC LIMIT :limit
                """).param("limit", limit).query((rs, n) -> new Reconciliation(rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                        rs.getInt(10), List.of((String[]) rs.getArray(11).getArray()),
                        List.of((String[]) rs.getArray(12).getArray()))).list();
    }
}
