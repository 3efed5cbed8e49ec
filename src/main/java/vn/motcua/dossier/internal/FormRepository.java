package vn.motcua.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.documents.FormKind;
import vn.motcua.documents.FormSet;

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

    /** Records a form issued with the data it is rendered from; its file comes later ({@link #rendered}). */
    long add(long dossierId, String form, String number, FormSet set, String input, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO dossier_form (dossier_id, form, number, form_set, input, issued_at, issued_by)
                VALUES (:dossier, :form, :number, :set, :input::jsonb, :at, :by)
                RETURNING id
                """).param("dossier", dossierId).param("form", form).param("number", number).param("set", set.name())
                .param("input", input).param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    /** The latest copy of a form issued for the dossier. */
    Optional<Issued> latest(long dossierId, String form) {
        return jdbc.sql("SELECT file_key FROM dossier_form WHERE dossier_id = :dossier AND form = :form"
                        + " ORDER BY id DESC LIMIT 1")
                .param("dossier", dossierId).param("form", form).query((rs, n) -> new Issued(rs.getString(1)))
                .optional();
    }

    /** An issued form; its file key is null until the form has been rendered. */
    record Issued(String fileKey) {
        Optional<String> file() {
            return Optional.ofNullable(fileKey);
        }
    }

    /** An issued form not rendered yet, locked until the end of the transaction; empty once it has its file. */
    Optional<Unrendered> lockUnrendered(long id) {
        return jdbc.sql("SELECT f.form, f.form_set, f.input, d.code, d.agency_code FROM dossier_form f"
                        + " JOIN dossier d ON d.id = f.dossier_id WHERE f.id = :id AND f.file_key IS NULL"
                        + " FOR UPDATE OF f")
                .param("id", id).query((rs, n) -> new Unrendered(id, FormKind.fromSlug(rs.getString(1)).orElseThrow(),
                        FormSet.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    record Unrendered(long id, FormKind kind, FormSet set, String input, String dossierCode, String agencyCode) {}

    void rendered(long id, String fileKey, Instant at) {
        jdbc.sql("UPDATE dossier_form SET file_key = :key, rendered_at = :at WHERE id = :id").param("id", id)
                .param("key", fileKey).param("at", Timestamp.from(at)).update();
    }
}
