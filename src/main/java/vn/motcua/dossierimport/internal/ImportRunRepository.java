package vn.motcua.dossierimport.internal;

import static vn.motcua.shared.jdbc.Columns.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossierimport.DossierImports;

/** Import runs and their counters ({@code dossier_import_run}). */
@Repository
class ImportRunRepository {

    private static final String SELECT = """
            SELECT id, started_by, started_at, file_name, file_sha256, from_line, lines_read, accepted, unchanged,
                   refused, status, updated_at, finished_at, error
            FROM dossier_import_run
            """;

    private final JdbcClient jdbc;

    ImportRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long start(String startedBy, String fileName, int fromLine, Instant now) {
        return jdbc.sql("""
                INSERT INTO dossier_import_run (started_by, started_at, file_name, from_line, status, updated_at)
                VALUES (:by, :now, :fileName, :fromLine, 'RUNNING', :now)
                RETURNING id
                """).param("by", startedBy).param("now", Timestamp.from(now))
                .param("fileName", fileName, Types.VARCHAR).param("fromLine", fromLine).query(Long.class).single();
    }

    /** Adds one batch's counts; called in the batch's transaction, so the counters match what is committed. */
    void progress(long id, long linesRead, long accepted, long unchanged, long refused, Instant now) {
        jdbc.sql("""
                UPDATE dossier_import_run
                SET lines_read = :linesRead, accepted = accepted + :accepted, unchanged = unchanged + :unchanged,
                    refused = refused + :refused, updated_at = :now
                WHERE id = :id
                """).param("linesRead", linesRead).param("accepted", accepted).param("unchanged", unchanged)
                .param("refused", refused).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void finish(long id, DossierImports.Status status, long linesRead, String fileSha256, String error,
            Instant now) {
        jdbc.sql("""
                UPDATE dossier_import_run
                SET status = :status, lines_read = :linesRead, file_sha256 = :sha, error = :error,
                    finished_at = :now, updated_at = :now
                WHERE id = :id
                """).param("status", status.name()).param("linesRead", linesRead)
                .param("sha", fileSha256, Types.VARCHAR)
                .param("error", error, Types.VARCHAR).param("now", Timestamp.from(now)).param("id", id).update();
    }

    Optional<DossierImports.Run> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ImportRunRepository::map).optional();
    }

    List<DossierImports.Run> latest(int limit) {
        return jdbc.sql(SELECT + " ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query(ImportRunRepository::map).list();
    }

    private static DossierImports.Run map(ResultSet rs, int row) throws SQLException {
        return new DossierImports.Run(rs.getLong("id"), rs.getString("started_by"),
                instant(rs, "started_at"), rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getInt("from_line"), rs.getLong("lines_read"), rs.getLong("accepted"), rs.getLong("unchanged"),
                rs.getLong("refused"), DossierImports.Status.valueOf(rs.getString("status")),
                instant(rs, "updated_at"), instant(rs, "finished_at"),
                rs.getString("error"));
    }

}
