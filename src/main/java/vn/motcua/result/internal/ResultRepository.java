package vn.motcua.result.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.result.DossierResult;
import vn.motcua.result.PaperCopy;
import vn.motcua.shared.web.VietnamTime;

/** The {@code dossier_result} rows. */
@Repository
class ResultRepository {

    /** A row with its stored file's key. */
    record Row(long id, String agencyCode, String fileKey, DossierResult result) {}

    private static final String COLUMNS = """
            id, agency_code, file_key, result_code, dossier_code, title, number, issued_on, valid_until, file_name,
            sha256, original_sha256, size, signed, signer, signed_at, signed_by, uploaded_by, uploaded_at""";

    private final JdbcClient jdbc;

    ResultRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextSeq(long dossierId) {
        return jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM dossier_result WHERE dossier_id = :id")
                .param("id", dossierId).query(Integer.class).single();
    }

    /** Whether the agency has any result. */
    boolean anyForAgency(String agency) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier_result WHERE agency_code = :agency)")
                .param("agency", agency).query(Boolean.class).single();
    }

    int count(long dossierId) {
        return jdbc.sql("SELECT count(*) FROM dossier_result WHERE dossier_id = :id").param("id", dossierId)
                .query(Integer.class).single();
    }

    void insert(long dossierId, String agencyCode, int seq, String resultCode, String dossierCode, String title,
            String number, LocalDate issuedOn, LocalDate validUntil, String fileName, String key, String sha256,
            long size, String actor, Instant now) {
        jdbc.sql("""
                INSERT INTO dossier_result (dossier_id, dossier_code, agency_code, seq, result_code, title, number,
                    issued_on, valid_until, file_name, original_key, original_sha256, file_key, sha256, size,
                    uploaded_by, uploaded_at)
                VALUES (:dossier, :code, :agency, :seq, :resultCode, :title, :number, :issuedOn, :validUntil,
                    :fileName, :key, :sha256, :key, :sha256, :size, :actor, :now)
                """).param("dossier", dossierId).param("code", dossierCode).param("agency", agencyCode)
                .param("seq", seq).param("resultCode", resultCode).param("title", title)
                .param("number", number, Types.VARCHAR).param("issuedOn", issuedOn, Types.DATE)
                .param("validUntil", validUntil, Types.DATE).param("fileName", fileName).param("key", key)
                .param("sha256", sha256).param("size", size).param("actor", actor)
                .param("now", Timestamp.from(now)).update();
    }

    void markSigned(long id, String key, String sha256, long size, String signer, String subject, Instant at,
            String actor) {
        jdbc.sql("""
                UPDATE dossier_result SET file_key = :key, sha256 = :sha256, size = :size, signed = true,
                    signer = :signer, signer_subject = :subject, signed_at = :at, signed_by = :actor
                WHERE id = :id
                """).param("id", id).param("key", key).param("sha256", sha256).param("size", size)
                .param("signer", signer).param("subject", subject).param("at", Timestamp.from(at))
                .param("actor", actor).update();
    }

    List<DossierResult> list(String dossierCode) {
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM dossier_result WHERE dossier_code = :code"
                + " ORDER BY seq").param("code", dossierCode).query((rs, n) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PaperCopy>> copies = new HashMap<>();
        jdbc.sql("SELECT result_id, " + COPY_COLUMNS + " FROM result_paper_copy WHERE result_id IN (:ids)"
                        + " ORDER BY result_id, seq")
                .param("ids", rows.stream().map(Row::id).toList())
                .query(rs -> {
                    copies.computeIfAbsent(rs.getLong("result_id"), id -> new ArrayList<>()).add(copy(rs));
                });
        return rows.stream().map(r -> withCopies(r.result(), copies.getOrDefault(r.id(), List.of()))).toList();
    }

    /** The result (with its paper copies unless {@code lock}, which locks its row until the transaction ends). */
    Optional<Row> find(String dossierCode, String resultCode, boolean lock) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_result WHERE dossier_code = :code"
                        + " AND result_code = :resultCode" + (lock ? " FOR UPDATE" : ""))
                .param("code", dossierCode).param("resultCode", resultCode).query((rs, n) -> row(rs)).optional()
                .map(r -> lock ? r : new Row(r.id(), r.agencyCode(), r.fileKey(), withCopies(r.result(),
                        copies(r.id()))));
    }

    private static final String COPY_COLUMNS = "seq, copies, converted_by, converted_by_name, converted_at,"
            + " source_sha256";

    List<PaperCopy> copies(long resultId) {
        return jdbc.sql("SELECT " + COPY_COLUMNS + " FROM result_paper_copy WHERE result_id = :id ORDER BY seq")
                .param("id", resultId).query((rs, n) -> copy(rs)).list();
    }

    /** Records a conversion to paper of the (locked) result: its number. */
    int addCopy(long resultId, int copies, String actor, String actorName, String sourceSha256, Instant at) {
        return jdbc.sql("""
                INSERT INTO result_paper_copy (result_id, seq, copies, converted_by, converted_by_name, converted_at,
                    source_sha256)
                VALUES (:id, (SELECT coalesce(max(seq), 0) + 1 FROM result_paper_copy WHERE result_id = :id), :copies,
                    :actor, :name, :at, :sha)
                RETURNING seq
                """).param("id", resultId).param("copies", copies).param("actor", actor).param("name", actorName)
                .param("at", Timestamp.from(at)).param("sha", sourceSha256).query(Integer.class).single();
    }

    private static PaperCopy copy(ResultSet rs) throws SQLException {
        return new PaperCopy(rs.getInt("seq"), rs.getInt("copies"), rs.getString("converted_by"),
                rs.getString("converted_by_name"), VietnamTime.offset(rs.getTimestamp("converted_at").toInstant()),
                rs.getString("source_sha256"));
    }

    private static DossierResult withCopies(DossierResult r, List<PaperCopy> copies) {
        return new DossierResult(r.resultCode(), r.dossierCode(), r.title(), r.number(), r.issuedOn(),
                r.validUntil(), r.fileName(), r.sha256(), r.originalSha256(), r.size(), r.signed(), r.signer(),
                r.signedAt(), r.signedBy(), r.uploadedBy(), r.uploadedAt(), copies);
    }

    /** The signed result with this code. */
    Optional<DossierResult> signedByCode(String resultCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_result WHERE result_code = :code AND signed")
                .param("code", resultCode).query((rs, n) -> row(rs).result()).optional();
    }

    /** The result whose file, signed or as uploaded, has this hash. */
    Optional<DossierResult> byHash(String sha256) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dossier_result WHERE sha256 = :h OR original_sha256 = :h"
                        + " ORDER BY id LIMIT 1")
                .param("h", sha256).query((rs, n) -> row(rs).result()).optional();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp signedAt = rs.getTimestamp("signed_at");
        return new Row(rs.getLong("id"), rs.getString("agency_code"), rs.getString("file_key"), new DossierResult(
                rs.getString("result_code"), rs.getString("dossier_code"), rs.getString("title"),
                rs.getString("number"), rs.getObject("issued_on", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), rs.getString("file_name"), rs.getString("sha256"),
                rs.getString("original_sha256"), rs.getLong("size"), rs.getBoolean("signed"),
                rs.getString("signer"), signedAt == null ? null : VietnamTime.offset(signedAt.toInstant()),
                rs.getString("signed_by"), rs.getString("uploaded_by"),
                VietnamTime.offset(rs.getTimestamp("uploaded_at").toInstant()), List.of()));
    }
}
