package vn.motcua.integration.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.DossierStatus;

/**
 * The national status code (TrangThaiHoSo 1–10) of a local status, by meaning, from {@code national_status_mapping}:
 * the version in force on the day (the latest {@code effective_from} not after it). The codes come from secondary
 * sources and one of them is disputed (integrations.md §1.3), so they are data, replaced by a new version, not code.
 */
@Repository
class StatusMapping {

    /** A mapped status: the code sent and the version of the table that gave it (both logged with the message). */
    record Mapped(int code, String label, String version) {}

    private final JdbcClient jdbc;

    StatusMapping(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Mapped map(DossierStatus status, LocalDate day) {
        return jdbc.sql("""
                SELECT national_code, national_label, version FROM national_status_mapping
                WHERE local_status = :status AND effective_from <= :day
                ORDER BY effective_from DESC, version DESC LIMIT 1
                """).param("status", status.name()).param("day", day)
                .query((rs, n) -> new Mapped(rs.getInt(1), rs.getString(2), rs.getString(3))).optional()
                // no row in force: the code the engine itself documents for the status
                .orElseGet(() -> new Mapped(status.nationalCode(), status.label(), "built-in"));
    }
}
