package vn.motcua.identity.internal;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.Role;
import vn.motcua.shared.ProblemException;

/**
 * First start without demo data: an empty {@code user_account} table gets one administrator, {@code admin}, with
 * the password given in {@code motcua.admin.password} (or the environment variable {@code MOTCUA_ADMIN_PASSWORD});
 * without it the application refuses to start, since nobody could ever sign in. Later starts do nothing.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty(name = "motcua.demo", havingValue = false, matchIfMissing = true)
class IdentityStartup implements ApplicationRunner {

    static final String ADMIN = "admin";
    static final String MISSING_PASSWORD = "Cơ sở dữ liệu chưa có người dùng nào. Hãy đặt mật khẩu quản trị bằng "
            + "--motcua.admin.password=… hoặc biến môi trường MOTCUA_ADMIN_PASSWORD. "
            + "The database has no users yet: set the administrator's password with --motcua.admin.password=… "
            + "or the MOTCUA_ADMIN_PASSWORD environment variable.";

    private static final Logger log = LoggerFactory.getLogger(IdentityStartup.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String adminPassword;

    IdentityStartup(UserRepository users, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${motcua.admin.password:}") String adminPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.adminPassword = adminPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (adminPassword.isBlank()) {
            throw new IllegalStateException(MISSING_PASSWORD);
        }
        try {
            UserService.checkPassword(ADMIN, adminPassword);
        } catch (ProblemException e) {
            throw new IllegalStateException("motcua.admin.password: " + e.getMessage()
                    + " The administrator's password is too weak: at least 10 characters with letters and digits,"
                    + " not a common password.");
        }
        users.insert(ADMIN, passwordEncoder.encode(adminPassword), "Quản trị hệ thống",
                List.of(RoleGrant.of(Role.ADMINISTRATOR, null)), clock.instant());
        log.info("Đã tạo tài khoản quản trị '{}' (Created the administrator account '{}').", ADMIN, ADMIN);
    }
}
