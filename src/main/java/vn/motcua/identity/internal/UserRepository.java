package vn.motcua.identity.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    private record UserRow(long id, String username, String passwordHash, String fullName, boolean enabled,
            OffsetDateTime lockedUntil) {}

    long count() {
        return jdbc.sql("SELECT count(*) FROM user_account").query(Long.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM user_account WHERE lower(username) = lower(:username))")
                .param("username", username).query(Boolean.class).single();
    }

    Optional<StoredUser> find(String username) {
        return jdbc.sql("""
                SELECT id, username, password_hash, full_name, enabled, locked_until
                  FROM user_account
                 WHERE lower(username) = lower(:username)
                """).param("username", username).query(UserRow.class).optional()
                .map(row -> new StoredUser(row.id(), row.username(), row.passwordHash(), row.fullName(),
                        row.enabled(), row.lockedUntil() == null ? null : row.lockedUntil().toInstant(),
                        grants(row.id())));
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

    private List<RoleGrant> grants(long userId) {
        return jdbc.sql("""
                SELECT role, agency_code, unit_code
                  FROM user_role_grant
                 WHERE user_id = :userId
                 ORDER BY id
                """).param("userId", userId).query((rs, n) -> {
                    String agency = rs.getString("agency_code");
                    return new RoleGrant(Role.valueOf(rs.getString("role")),
                            agency == null ? null : new AgencyCode(agency), rs.getString("unit_code"));
                }).list();
    }
}
