package vn.motcua.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.FormTemplate;

/** Rows of {@code catalog_form_template}; the latest row of a document is the one in use. */
@Repository
class FormTemplateRepository {

    private static final String COLUMNS = """
            id, agency_code, procedure_code, version, document_name, file_name, content_type, size_bytes,
            uploaded_at, uploaded_by""";

    private final JdbcClient jdbc;

    FormTemplateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FormTemplate insert(String agency, String code, int version, String documentName, String fileKey, String fileName,
            String contentType, long size, String uploadedBy, Instant at) {
        long id = jdbc.sql("""
                INSERT INTO catalog_form_template (agency_code, procedure_code, version, document_name, file_key,
                                                   file_name, content_type, size_bytes, uploaded_by, uploaded_at)
                VALUES (:agency, :code, :version, :document, :key, :fileName, :contentType, :size, :by, :at)
                RETURNING id
                """)
                .param("agency", agency).param("code", code).param("version", version)
                .param("document", documentName).param("key", fileKey).param("fileName", fileName)
                .param("contentType", contentType).param("size", size).param("by", uploadedBy)
                .param("at", Timestamp.from(at))
                .query(Long.class).single();
        return new FormTemplate(id, agency, code, version, documentName, fileName, contentType, size, at, uploadedBy);
    }

    List<FormTemplate> latestOf(String agency, String code, int version) {
        return jdbc.sql("SELECT DISTINCT ON (document_name) " + COLUMNS + """

                FROM catalog_form_template
                WHERE agency_code = :agency AND procedure_code = :code AND version = :version
                ORDER BY document_name, id DESC
                """).param("agency", agency).param("code", code).param("version", version)
                .query(FormTemplateRepository::template).list();
    }

    Optional<FormTemplate> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM catalog_form_template WHERE id = :id")
                .param("id", id).query(FormTemplateRepository::template).optional();
    }

    String fileKey(long id) {
        return jdbc.sql("SELECT file_key FROM catalog_form_template WHERE id = :id")
                .param("id", id).query(String.class).single();
    }

    private static FormTemplate template(ResultSet rs, int row) throws SQLException {
        return new FormTemplate(rs.getLong("id"), rs.getString("agency_code"), rs.getString("procedure_code"),
                rs.getInt("version"), rs.getString("document_name"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }
}
