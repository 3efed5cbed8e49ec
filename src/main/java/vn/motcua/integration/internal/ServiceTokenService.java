package vn.motcua.integration.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.NewUser;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.Users;
import vn.motcua.integration.ServiceTokens;
import vn.motcua.shared.ProblemException;

/**
 * {@link ServiceTokens} on {@code service_token}. A token is 32 random bytes (base64url, prefixed {@code mc_}); with
 * that much entropy one SHA-256 is enough to keep it safe at rest (no salt or slow hash needed: nothing to guess).
 */
@Service
class ServiceTokenService implements ServiceTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);
    private static final String COLUMNS = "id, name, agency_code, roles, created_at, created_by, expires_at, "
            + "revoked_at, last_used_at";

    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;

    ServiceTokenService(JdbcClient jdbc, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Created create(NewToken request, String actor) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            throw ProblemException.invalidField("name", "Tên tài khoản dịch vụ phải có từ 1 đến 200 ký tự");
        }
        if (request.agencyCode() == null || request.agencyCode().isBlank()) {
            throw ProblemException.invalidField("agencyCode", "Thiếu mã cơ quan mà tài khoản dịch vụ thay mặt");
        }
        if (request.roles() == null || request.roles().isEmpty() || request.roles().contains(null)) {
            throw ProblemException.invalidField("roles", "Cần ít nhất một vai trò (ví dụ DESK_OFFICER)");
        }
        if (request.roles().contains(Role.ADMINISTRATOR)) {
            throw ProblemException.invalidField("roles", "Tài khoản dịch vụ không được có vai trò quản trị hệ thống");
        }
        if (request.expiresInDays() < 1 || request.expiresInDays() > 730) {
            throw ProblemException.invalidField("expiresInDays", "Thời hạn phải từ 1 đến 730 ngày");
        }
        AgencyCode agency;
        try {
            agency = AgencyCode.parse(request.agencyCode().strip());
        } catch (RuntimeException e) {
            throw ProblemException.invalidField("agencyCode", "Mã cơ quan không đúng định dạng");
        }
        List<Role> roles = request.roles().stream().distinct().toList();
        Instant now = clock.instant();
        long id = jdbc.sql("SELECT nextval('service_token_id_seq')").query(Long.class).single();
        String username = "dich-vu-" + id;
        users.create(new NewUser(username, randomSecret(), request.name().strip(),
                roles.stream().map(role -> RoleGrant.of(role, agency)).toList()));
        String token = "mc_" + randomSecret();
        jdbc.sql("""
                INSERT INTO service_token (id, name, agency_code, roles, token_sha256, created_by, created_at,
                                           expires_at)
                VALUES (:id, :name, :agency, CAST(:roles AS text[]), :hash, :actor, :now, :expires)
                """).param("id", id).param("name", request.name().strip()).param("agency", agency.value())
                .param("roles", "{" + String.join(",", roles.stream().map(Role::name).toList()) + "}")
                .param("hash", sha256(token)).param("actor", actor).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(Duration.ofDays(request.expiresInDays())))).update();
        return new Created(find(id).orElseThrow(), token);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenInfo> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_token ORDER BY id DESC").query(ServiceTokenService::info)
                .list();
    }

    @Override
    @Transactional
    public TokenInfo revoke(long id, String actor) {
        find(id).orElseThrow(() -> ProblemException.notFound("Không tìm thấy tài khoản dịch vụ số " + id));
        jdbc.sql("UPDATE service_token SET revoked_at = :now, revoked_by = :actor WHERE id = :id AND revoked_at IS NULL")
                .param("id", id).param("now", Timestamp.from(clock.instant())).param("actor", actor).update();
        return find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Optional<Holder> authenticate(String token) {
        if (token == null || !token.startsWith("mc_") || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<TokenInfo> found = jdbc.sql("SELECT " + COLUMNS + """
                 FROM service_token WHERE token_sha256 = :hash AND revoked_at IS NULL AND expires_at > :now
                """).param("hash", sha256(token)).param("now", Timestamp.from(now)).query(ServiceTokenService::info)
                .optional();
        found.ifPresent(info -> jdbc.sql("""
                UPDATE service_token SET last_used_at = :now
                WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :recent)
                """).param("id", info.id()).param("now", Timestamp.from(now))
                .param("recent", Timestamp.from(now.minus(USE_RECORDED_EVERY))).update());
        return found.map(info -> new Holder(info.username(), info.roles()));
    }

    private Optional<TokenInfo> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_token WHERE id = :id").param("id", id)
                .query(ServiceTokenService::info).optional();
    }

    private static TokenInfo info(ResultSet rs, int row) throws SQLException {
        Array roles = rs.getArray("roles");
        return new TokenInfo(rs.getLong("id"), rs.getString("name"), "dich-vu-" + rs.getLong("id"),
                rs.getString("agency_code"),
                Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).toList(),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "expires_at"),
                instant(rs, "revoked_at"), instant(rs, "last_used_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    /** 32 random bytes, base64url, plus a digit and a letter so that it also passes the password policy. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "7k";
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
