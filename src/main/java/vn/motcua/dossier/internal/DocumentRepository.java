package vn.motcua.dossier.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.dossier.DossierDocument;

/** Files attached to dossiers (the bytes live in the file storage). */
@Repository
class DocumentRepository {

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(long dossierId, String documentName, String stage, String fileKey, String fileName, String contentType,
            long size, Instant at, String by) {
        return jdbc.sql("""
                INSERT INTO dossier_document (dossier_id, document_name, stage, file_key, file_name, content_type,
                                              size_bytes, uploaded_at, uploaded_by)
                VALUES (:dossier, :name, :stage, :key, :fileName, :type, :size, :at, :by)
                RETURNING id
                """).param("dossier", dossierId).param("name", documentName).param("stage", stage)
                .param("key", fileKey).param("fileName", fileName).param("type", contentType).param("size", size)
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    List<DossierDocument> list(long dossierId) {
        return jdbc.sql("""
                SELECT id, document_name, stage, file_name, content_type, size_bytes, uploaded_at, uploaded_by, file_key
                FROM dossier_document WHERE dossier_id = :dossier ORDER BY id
                """).param("dossier", dossierId).query((rs, n) -> new DossierDocument(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getTimestamp(7).toInstant(),
                rs.getString(8), rs.getString(9))).list();
    }
}
