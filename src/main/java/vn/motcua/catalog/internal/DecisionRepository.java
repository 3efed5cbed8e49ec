package vn.motcua.catalog.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.catalog.NewDecision;

/** Publication decisions in SQL; a decision is recorded once and never changed. */
@Repository
class DecisionRepository {

    /** A stored decision without its items. */
    record DecisionRow(long id, String agency, String number, LocalDate signedOn, String signer, LocalDate effectiveOn,
            String issuingAgency, String title, Instant recordedAt, String recordedBy) {}

    private static final String SELECT = """
            SELECT id, agency_code, number, signed_on, signer, effective_on, issuing_agency, title, recorded_at,
                   recorded_by
            FROM catalog_decision
            """;

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String agency, String number) {
        return jdbc.sql("SELECT count(*) FROM catalog_decision WHERE agency_code = :agency AND number = :number")
                .param("agency", agency).param("number", number).query(Long.class).single() > 0;
    }

    long insert(NewDecision decision, Instant now, String user) {
        return jdbc.sql("""
                INSERT INTO catalog_decision (agency_code, number, signed_on, signer, effective_on, issuing_agency,
                                              title, recorded_at, recorded_by)
                VALUES (:agency, :number, :signedOn, :signer, :effectiveOn, :issuingAgency, :title, :now, :user)
                RETURNING id
                """)
                .param("agency", decision.agency()).param("number", decision.number().strip())
                .param("signedOn", decision.signedOn()).param("signer", decision.signer().strip())
                .param("effectiveOn", decision.effectiveOn()).param("issuingAgency", decision.issuingAgency().strip())
                .param("title", decision.title(), java.sql.Types.VARCHAR)
                .param("now", Timestamp.from(now)).param("user", user)
                .query(Long.class).single();
    }

    Optional<DecisionRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional();
    }

    List<DecisionRow> list(String agency) {
        return jdbc.sql(SELECT + " WHERE (CAST(:agency AS text) IS NULL OR agency_code = :agency)"
                        + " ORDER BY effective_on DESC, id DESC")
                .param("agency", agency, java.sql.Types.VARCHAR).query(this::map).list();
    }

    private DecisionRow map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new DecisionRow(rs.getLong("id"), rs.getString("agency_code"), rs.getString("number"),
                rs.getObject("signed_on", LocalDate.class), rs.getString("signer"),
                rs.getObject("effective_on", LocalDate.class), rs.getString("issuing_agency"), rs.getString("title"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"));
    }
}
