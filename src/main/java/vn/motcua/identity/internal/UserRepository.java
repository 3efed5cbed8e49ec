package vn.motcua.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;

/** User accounts, their login counters and their role grants, in tables {@code user_account} and {@code user_role_grant}. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored account with what authentication needs. */
    record StoredUser(long id, String username, String passwordHash, String fullName, boolean enabled,
            Instant lockedUntil, List<RoleGrant> roles) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM user_account WHERE lower(username) = lower(:username))")
                .param("username", username).query(Boolean.class).single();
    }

    /** The account and its grants in one statement: every request of a signed-in person reads them. */
    Optional<StoredUser> find(String username) {
        List<GrantRow> rows = jdbc.sql("""
                SELECT u.id, u.username, u.password_hash, u.full_name, u.enabled, u.locked_until,
                       g.role, g.agency_code, g.unit_code
                  FROM user_account u
                  LEFT JOIN user_role_grant g ON g.user_id = u.id
                 WHERE lower(u.username) = lower(:username)
                 ORDER BY g.id
                """).param("username", username).query(UserRepository::grantRow).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StoredUser user = rows.get(0).user();
        return Optional.of(new StoredUser(user.id(), user.username(), user.passwordHash(), user.fullName(),
                user.enabled(), user.lockedUntil(),
                rows.stream().map(GrantRow::grant).filter(Objects::nonNull).toList()));
    }

    /** A row of {@link #find}: the account (without grants) and one of its grants, none when it has no grant. */
    private record GrantRow(StoredUser user, RoleGrant grant) {}

    private static GrantRow grantRow(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        StoredUser user = new StoredUser(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                rs.getString("full_name"), rs.getBoolean("enabled"),
                lockedUntil == null ? null : lockedUntil.toInstant(), List.of());
        String role = rs.getString("role");
        String agency = rs.getString("agency_code");
        return new GrantRow(user, role == null ? null : new RoleGrant(Role.valueOf(role),
                agency == null ? null : new AgencyCode(agency), rs.getString("unit_code")));
    }

    /** Sets the account's password and makes it usable again (enabled, unlocked). */
    void resetPassword(String username, String passwordHash) {
        jdbc.sql("""
                UPDATE user_account
                   SET password_hash = :hash, enabled = true, failed_attempts = 0, locked_until = NULL,
                       version = version + 1
                 WHERE lower(username) = lower(:username)
                """).param("hash", passwordHash).param("username", username).update();
    }

    void disable(String username) {
        jdbc.sql("UPDATE user_account SET enabled = false, version = version + 1 WHERE lower(username) = lower(:username)")
                .param("username", username).update();
    }

    /** Inserts the account with its grants; returns {@code false} (and changes nothing) when the name is taken. */
    boolean insert(String username, String passwordHash, String fullName, List<RoleGrant> roles, Instant createdAt) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO user_account (username, password_hash, full_name, created_at)
                VALUES (:username, :hash, :fullName, :createdAt)
                ON CONFLICT ((lower(username))) DO NOTHING
                RETURNING id
                """)
                .param("username", username).param("hash", passwordHash).param("fullName", fullName)
                .param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .query(Long.class).optional();
        id.ifPresent(userId -> roles.forEach(grant -> jdbc.sql("""
                INSERT INTO user_role_grant (user_id, role, agency_code, unit_code)
                VALUES (:userId, :role, :agency, :unit)
                """)
                .param("userId", userId).param("role", grant.role().name())
                .param("agency", grant.agencyCode() == null ? null : grant.agencyCode().value())
                .param("unit", grant.unitCode())
                .update()));
        return id.isPresent();
    }

    /**
     * Counts one more consecutive failed login. The failure that reaches {@code maxFailures} locks the account
     * until {@code lockUntil} and starts the count again, so the next lock needs as many new failures.
     *
     * @return whether this failure locked the account
     */
    boolean recordFailedLogin(String username, int maxFailures, Instant lockUntil) {
        return jdbc.sql("""
                UPDATE user_account
                   SET failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END,
                       locked_until    = CASE WHEN failed_attempts + 1 >= :max THEN :lockUntil ELSE locked_until END
                 WHERE lower(username) = lower(:username)
                RETURNING failed_attempts = 0
                """)
                .param("max", maxFailures)
                .param("lockUntil", OffsetDateTime.ofInstant(lockUntil, ZoneOffset.UTC))
                .param("username", username)
                .query(Boolean.class).optional().orElse(false);
    }

    /** Forgets earlier failures and any expired lock; writes nothing when there is nothing to forget. */
    void recordSuccessfulLogin(String username) {
        jdbc.sql("""
                UPDATE user_account
                   SET failed_attempts = 0, locked_until = NULL
                 WHERE lower(username) = lower(:username)
                   AND (failed_attempts > 0 OR locked_until IS NOT NULL)
                """).param("username", username).update();
    }
}
