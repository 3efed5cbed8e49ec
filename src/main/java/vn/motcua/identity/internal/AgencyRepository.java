package vn.motcua.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyContact;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Unit;

/** Agencies, their units and their succession links, in tables {@code agency*}. */
@Repository
class AgencyRepository {

    private static final String SELECT_AGENCY = """
            SELECT a.code, a.name, a.parent_code, a.valid_from, a.valid_to, a.address, a.hotline, a.email,
                   ARRAY(SELECT u.code FROM agency_unit u WHERE u.agency_code = a.code ORDER BY u.code) AS unit_codes,
                   ARRAY(SELECT u.name FROM agency_unit u WHERE u.agency_code = a.code ORDER BY u.code) AS unit_names,
                   ARRAY(SELECT s.predecessor_code FROM agency_succession s WHERE s.successor_code = a.code
                         ORDER BY s.predecessor_code) AS predecessors,
                   ARRAY(SELECT s.successor_code FROM agency_succession s WHERE s.predecessor_code = a.code
                         ORDER BY s.successor_code) AS successors
              FROM agency a
            """;

    private final JdbcClient jdbc;

    AgencyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(AgencyCode code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agency WHERE code = :code)")
                .param("code", code.value()).query(Boolean.class).single();
    }

    boolean unitExists(AgencyCode agency, String unitCode) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM agency_unit WHERE agency_code = :agency AND code = :code)")
                .param("agency", agency.value()).param("code", unitCode).query(Boolean.class).single();
    }

    /**
     * An agency with its units and succession links, in one statement (read on every receipt and notification: the
     * issuer's name and its parent's).
     */
    Optional<Agency> find(AgencyCode code) {
        return jdbc.sql(SELECT_AGENCY + " WHERE a.code = :code").param("code", code.value()).query(this::map)
                .optional();
    }

    List<Agency> list() {
        return jdbc.sql(SELECT_AGENCY + " ORDER BY a.code").query(this::map).list();
    }

    /** Inserts the agency; returns {@code false} (and changes nothing) when the code is taken. */
    boolean insert(AgencyCode code, String name, AgencyCode parent, LocalDate validFrom, LocalDate validTo,
            Instant createdAt) {
        return jdbc.sql("""
                INSERT INTO agency (code, name, parent_code, valid_from, valid_to, created_at)
                VALUES (:code, :name, :parent, :validFrom, :validTo, :createdAt)
                ON CONFLICT (code) DO NOTHING
                """)
                .param("code", code.value()).param("name", name)
                .param("parent", parent == null ? null : parent.value())
                .param("validFrom", validFrom).param("validTo", validTo)
                .param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .update() == 1;
    }

    void linkSuccession(AgencyCode predecessor, AgencyCode successor) {
        jdbc.sql("""
                INSERT INTO agency_succession (predecessor_code, successor_code)
                VALUES (:predecessor, :successor)
                ON CONFLICT DO NOTHING
                """).param("predecessor", predecessor.value()).param("successor", successor.value()).update();
    }

    /** Sets {@code valid_to} of an agency that is still open; an agency already closed keeps its date. */
    void closeIfOpen(AgencyCode code, LocalDate lastDay) {
        jdbc.sql("UPDATE agency SET valid_to = :lastDay WHERE code = :code AND valid_to IS NULL")
                .param("lastDay", lastDay).param("code", code.value()).update();
    }

    /** Replaces the contact; {@code false} when there is no such agency. */
    boolean updateContact(AgencyCode code, AgencyContact contact) {
        return jdbc.sql("""
                UPDATE agency
                   SET address = :address, hotline = :hotline, email = :email
                 WHERE code = :code
                """)
                .param("address", contact.address()).param("hotline", contact.hotline())
                .param("email", contact.email()).param("code", code.value())
                .update() == 1;
    }

    /** Sets the contact only where none is recorded yet (demo data must not undo an administrator's edit). */
    void fillContactIfEmpty(AgencyCode code, AgencyContact contact) {
        jdbc.sql("""
                UPDATE agency
                   SET address = :address, hotline = :hotline, email = :email
                 WHERE code = :code AND address IS NULL AND hotline IS NULL AND email IS NULL
                """)
                .param("address", contact.address()).param("hotline", contact.hotline())
                .param("email", contact.email()).param("code", code.value())
                .update();
    }

    /** Inserts the unit; returns {@code false} (and changes nothing) when the agency already has that code. */
    boolean insertUnit(AgencyCode agency, Unit unit, Instant createdAt) {
        return jdbc.sql("""
                INSERT INTO agency_unit (agency_code, code, name, created_at)
                VALUES (:agency, :code, :name, :createdAt)
                ON CONFLICT (agency_code, code) DO NOTHING
                """)
                .param("agency", agency.value()).param("code", unit.code()).param("name", unit.name())
                .param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .update() == 1;
    }

    private Agency map(ResultSet rs, int n) throws SQLException {
        String parent = rs.getString("parent_code");
        String[] unitCodes = strings(rs, "unit_codes");
        String[] unitNames = strings(rs, "unit_names");
        List<Unit> units = new ArrayList<>(unitCodes.length);
        for (int i = 0; i < unitCodes.length; i++) {
            units.add(new Unit(unitCodes[i], unitNames[i]));
        }
        return new Agency(new AgencyCode(rs.getString("code")), rs.getString("name"),
                parent == null ? null : new AgencyCode(parent), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), codes(rs, "predecessors"), codes(rs, "successors"), units,
                new AgencyContact(rs.getString("address"), rs.getString("hotline"), rs.getString("email")));
    }

    private static String[] strings(ResultSet rs, String column) throws SQLException {
        return (String[]) rs.getArray(column).getArray();
    }

    private static List<AgencyCode> codes(ResultSet rs, String column) throws SQLException {
        return Arrays.stream(strings(rs, column)).map(AgencyCode::new).toList();
    }
}
