package vn.motcua.dossier.internal;

import static vn.motcua.shared.jdbc.Columns.instant;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.Dossier;

/** Fee lines of dossiers, in whole đồng. */
@Repository
class FeeRepository {

    private final JdbcClient jdbc;

    FeeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long dossierId, String name, long amountVnd, Instant paidAt, boolean paidOnline) {
        jdbc.sql("""
                INSERT INTO dossier_fee (dossier_id, name, amount_vnd, paid_at, paid_online)
                VALUES (:dossier, :name, :amount, :paidAt, :paidOnline)
                """).param("dossier", dossierId).param("name", name).param("amount", amountVnd)
                .param("paidAt", DossierRepository.ts(paidAt), Types.TIMESTAMP).param("paidOnline", paidOnline)
                .update();
    }

    /** Marks the unpaid lines paid; returns how many. */
    int payAll(long dossierId, Instant at, boolean online) {
        return jdbc.sql("""
                UPDATE dossier_fee SET paid_at = :at, paid_online = :online
                WHERE dossier_id = :dossier AND paid_at IS NULL
                """).param("at", Timestamp.from(at)).param("online", online).param("dossier", dossierId).update();
    }

    List<Dossier.Fee> list(long dossierId) {
        return jdbc.sql("SELECT name, amount_vnd, paid_at, paid_online FROM dossier_fee WHERE dossier_id = :d ORDER BY id")
                .param("d", dossierId).query((rs, n) -> new Dossier.Fee(rs.getString(1), rs.getLong(2),
                        instant(rs, "paid_at"), rs.getBoolean(4))).list();
    }
}
