package vn.motcua.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyContact;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Unit;

/** Agencies, their units and their succession links, in tables {@code agency*}. */
@Repository
class AgencyRepository {

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

    Optional<Agency> find(AgencyCode code) {
        return assemble(jdbc.sql("""
                SELECT code, name, parent_code, valid_from, valid_to, address, hotline, email
                  FROM agency
                 WHERE code = :code
                """).param("code", code.value()).query(AgencyRow.class).list()).stream().findFirst();
    }

    List<Agency> list() {
        return assemble(jdbc.sql("""
                SELECT code, name, parent_code, valid_from, valid_to, address, hotline, email
                  FROM agency
                 ORDER BY code
                """).query(AgencyRow.class).list());
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

    private List<Agency> assemble(List<AgencyRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> codes = rows.stream().map(AgencyRow::code).toList();
        Map<String, List<Unit>> units = jdbc.sql("""
                SELECT agency_code, code, name
                  FROM agency_unit
                 WHERE agency_code IN (:codes)
                 ORDER BY agency_code, code
                """).param("codes", codes).query(UnitRow.class).stream()
                .collect(Collectors.groupingBy(UnitRow::agencyCode,
                        Collectors.mapping(u -> new Unit(u.code(), u.name()), Collectors.toList())));
        List<SuccessionRow> links = jdbc.sql("""
                SELECT predecessor_code, successor_code
                  FROM agency_succession
                 WHERE predecessor_code IN (:codes) OR successor_code IN (:codes)
                 ORDER BY predecessor_code, successor_code
                """).param("codes", codes).query(SuccessionRow.class).list();
        Map<String, List<AgencyCode>> predecessors = links.stream().collect(Collectors.groupingBy(
                SuccessionRow::successorCode, Collectors.mapping(l -> new AgencyCode(l.predecessorCode()), Collectors.toList())));
        Map<String, List<AgencyCode>> successors = links.stream().collect(Collectors.groupingBy(
                SuccessionRow::predecessorCode, Collectors.mapping(l -> new AgencyCode(l.successorCode()), Collectors.toList())));
        return rows.stream().map(row -> new Agency(new AgencyCode(row.code()), row.name(),
                row.parentCode() == null ? null : new AgencyCode(row.parentCode()), row.validFrom(), row.validTo(),
                predecessors.getOrDefault(row.code(), List.of()), successors.getOrDefault(row.code(), List.of()),
                units.getOrDefault(row.code(), List.of()),
                new AgencyContact(row.address(), row.hotline(), row.email()))).toList();
    }

    record AgencyRow(String code, String name, String parentCode, LocalDate validFrom, LocalDate validTo,
            String address, String hotline, String email) {}

    record UnitRow(String agencyCode, String code, String name) {}

    record SuccessionRow(String predecessorCode, String successorCode) {}
}
