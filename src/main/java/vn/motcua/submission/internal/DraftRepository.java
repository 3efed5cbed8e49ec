package vn.motcua.submission.internal;

import static vn.motcua.shared.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.submission.DossierDraft;

/**
 * The {@code dossier_draft} table: applicants' online submissions in progress, and the ones they submitted. Writes
 * happen inside the caller's transaction.
 */
@Repository
class DraftRepository {

    private static final String COLUMNS = "id, username, agency_code, procedure_code, procedure_name, applicant::text"
            + " AS applicant, result_delivery, files::text AS files, dossier_code, created_at, updated_at, submitted_at";
    private static final TypeReference<List<DossierDraft.DraftFile>> FILES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DraftRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * The draft started by the form that carried {@code formToken}: created on the first post, found again on a
     * repeated one (a double click), and locked for the rest of the transaction.
     */
    DossierDraft createOrLock(String username, String formToken, String agency, String procedure, String procedureName,
            Instant now) {
        jdbc.sql("""
                INSERT INTO dossier_draft (username, form_token, agency_code, procedure_code, procedure_name,
                                           created_at, updated_at)
                VALUES (:username, :token, :agency, :procedure, :name, :now, :now)
                ON CONFLICT (username, form_token) DO NOTHING""")
                .param("username", username).param("token", formToken).param("agency", agency)
                .param("procedure", procedure).param("name", procedureName).param("now", Timestamp.from(now))
                .update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_draft WHERE username = :username AND form_token = :token"
                        + " FOR UPDATE")
                .param("username", username).param("token", formToken).query(this::map).single();
    }

    /** The owner's draft, locked until the transaction ends. */
    Optional<DossierDraft> lock(long id, String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_draft WHERE id = :id AND username = :username FOR UPDATE")
                .param("id", id).param("username", username).query(this::map).optional();
    }

    Optional<DossierDraft> find(long id, String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_draft WHERE id = :id AND username = :username")
                .param("id", id).param("username", username).query(this::map).optional();
    }

    List<DossierDraft> ofOwner(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_draft WHERE username = :username"
                        + " ORDER BY coalesce(submitted_at, updated_at) DESC, id DESC LIMIT 200")
                .param("username", username).query(this::map).list();
    }

    void update(long id, DossierDraft.ApplicantFields applicant, String resultDelivery,
            List<DossierDraft.DraftFile> files, Instant now) {
        jdbc.sql("""
                UPDATE dossier_draft SET applicant = :applicant::jsonb, result_delivery = :delivery,
                                         files = :files::jsonb, updated_at = :now
                WHERE id = :id""")
                .param("applicant", json.writeValueAsString(applicant)).param("delivery", resultDelivery)
                .param("files", json.writeValueAsString(files)).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    void markSubmitted(long id, String dossierCode, Instant now) {
        jdbc.sql("UPDATE dossier_draft SET dossier_code = :code, submitted_at = :now, updated_at = :now WHERE id = :id")
                .param("code", dossierCode).param("now", Timestamp.from(now)).param("id", id).update();
    }

    private DossierDraft map(ResultSet rs, int row) throws SQLException {
        return new DossierDraft(rs.getLong("id"), rs.getString("username"), rs.getString("agency_code"),
                rs.getString("procedure_code"), rs.getString("procedure_name"),
                json.readValue(rs.getString("applicant"), DossierDraft.ApplicantFields.class),
                rs.getString("result_delivery"),
                json.readValue(rs.getString("files"), FILES), rs.getString("dossier_code"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "submitted_at"));
    }

}
