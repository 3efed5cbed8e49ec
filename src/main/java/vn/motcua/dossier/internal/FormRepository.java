package vn.motcua.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Forms issued for dossiers and their yearly numbering per agency and form. */
@Repository
class FormRepository {

    private final JdbcClient jdbc;

    FormRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the form in the agency's year (gap-free, in the issuing transaction). */
    int nextNumber(String agency, String form, int year) {
        return jdbc.sql("""
                INSERT INTO dossier_form_sequence (agency_code, form, year, last_value) VALUES (:agency, :form, :year, 1)
                ON CONFLICT (agency_code, form, year)
                DO UPDATE SET last_value = dossier_form_sequence.last_value + 1
                RETURNING last_value
                """).param("agency", agency).param("form", form).param("year", year).query(Integer.class).single();
    }

    void add(long dossierId, String form, String number, String fileKey, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO dossier_form (dossier_id, form, number, file_key, issued_at, issued_by)
                VALUES (:dossier, :form, :number, :key, :at, :by)
                """).param("dossier", dossierId).param("form", form).param("number", number).param("key", fileKey)
                .param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** The file key of the latest copy of a form issued for the dossier. */
    Optional<String> latest(long dossierId, String form) {
        return jdbc.sql("SELECT file_key FROM dossier_form WHERE dossier_id = :dossier AND form = :form"
                        + " ORDER BY id DESC LIMIT 1")
                .param("dossier", dossierId).param("form", form).query(String.class).optional();
    }
}
