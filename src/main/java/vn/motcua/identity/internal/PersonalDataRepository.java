package vn.motcua.identity.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.identity.PersonalDataAccess;
import vn.motcua.identity.PersonalDataLog;

/** {@link PersonalDataLog} on the {@code personal_data_access} table. */
@Repository
class PersonalDataRepository implements PersonalDataLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    PersonalDataRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String subjectKind, String subjectRef, String agencyCode, List<String> fields,
            String channel) {
        if (fields.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO personal_data_access (at, actor, subject_kind, subject_ref, agency_code, fields, channel)
                VALUES (:at, :actor, :kind, :ref, :agency, CAST(:fields AS text[]), :channel)
                """)
                .param("at", Timestamp.from(clock.instant())).param("actor", actor).param("kind", subjectKind)
                .param("ref", subjectRef).param("agency", agencyCode, Types.VARCHAR)
                .param("fields", fields.toArray(String[]::new)).param("channel", channel)
                .update();
    }

    @Override
    public List<PersonalDataAccess> recent(Collection<String> agencyCodes, String subjectRef, String actor,
            int limit) {
        return jdbc.sql("""
                SELECT at, actor, subject_kind, subject_ref, agency_code, fields, channel
                FROM personal_data_access
                WHERE (CAST(:allAgencies AS boolean) OR agency_code = ANY (CAST(:agencies AS text[])))
                  AND (CAST(:subject AS text) IS NULL OR subject_ref = :subject)
                  AND (CAST(:actor AS text) IS NULL OR actor = :actor)
                ORDER BY at DESC, id DESC LIMIT :limit
                """)
                .param("allAgencies", agencyCodes == null)
                .param("agencies", agencyCodes == null ? new String[0] : agencyCodes.toArray(String[]::new))
                .param("subject", subjectRef, Types.VARCHAR).param("actor", actor, Types.VARCHAR)
                .param("limit", limit)
                .query((rs, n) -> new PersonalDataAccess(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), strings(rs.getArray(6)), rs.getString(7)))
                .list();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
