package vn.motcua.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.catalog.ContentProvenance;

/** Rows of {@code catalog_version_provenance}: append only, the latest row of a version is its provenance. */
@Repository
class ProvenanceRepository {

    /** The latest provenance of a version, with who recorded it and when. */
    record Row(ContentProvenance provenance, Instant recordedAt, String recordedBy) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProvenanceRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(long versionId, ContentProvenance provenance, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO catalog_version_provenance (version_id, provenance, recorded_at, recorded_by)
                VALUES (:version, CAST(:provenance AS jsonb), :at, :by)
                """)
                .param("version", versionId).param("provenance", json.writeValueAsString(provenance))
                .param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    /** Per procedure of the agency, the latest provenance of its highest version that has one, in code order. */
    List<ContentProvenance.Recorded> latestOfAgency(String agency) {
        return jdbc.sql("""
                SELECT DISTINCT ON (v.code) v.agency_code, v.code, v.version, p.provenance, p.recorded_at,
                       p.recorded_by
                  FROM catalog_version_provenance p
                  JOIN catalog_version v ON v.id = p.version_id
                 WHERE v.agency_code = :agency
                 ORDER BY v.code, v.version DESC, p.id DESC
                """)
                .param("agency", agency)
                .query((rs, n) -> new ContentProvenance.Recorded(rs.getString("agency_code"), rs.getString("code"),
                        rs.getInt("version"), json.readValue(rs.getString("provenance"), ContentProvenance.class),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .list();
    }

    Optional<Row> latest(long versionId) {
        return jdbc.sql("""
                SELECT provenance, recorded_at, recorded_by
                  FROM catalog_version_provenance
                 WHERE version_id = :version
                 ORDER BY id DESC
                 LIMIT 1
                """)
                .param("version", versionId)
                .query((rs, n) -> new Row(json.readValue(rs.getString("provenance"), ContentProvenance.class),
                        rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by")))
                .optional();
    }
}
