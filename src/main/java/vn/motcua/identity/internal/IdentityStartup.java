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
import vn.motcua.identity.DemoAgency;
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
        boolean demoAdminReplaced = retireDemoPasswords();
        if (users.count() > 0 && !demoAdminReplaced) {
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
        if (demoAdminReplaced) {
            users.resetPassword(ADMIN, passwordEncoder.encode(adminPassword));
            log.info("Đã đặt mật khẩu mới cho tài khoản quản trị '{}' (the demo administrator got the configured "
                    + "password).", ADMIN);
            return;
        }
        users.insert(ADMIN, passwordEncoder.encode(adminPassword), "Quản trị hệ thống",
                List.of(RoleGrant.of(Role.ADMINISTRATOR, null)), clock.instant());
        log.info("Đã tạo tài khoản quản trị '{}' (Created the administrator account '{}').", ADMIN, ADMIN);
    }

    /**
     * Without demo data the published demo password must not open any account: demo accounts still carrying it
     * (left by an earlier run with {@code motcua.demo=true}) are disabled. The demo administrator instead takes the
     * configured administrator password when one is given.
     *
     * @return whether the demo administrator still has to receive the configured password
     */
    private boolean retireDemoPasswords() {
        boolean adminToReplace = false;
        for (String username : DemoData.usernames()) {
            var user = users.find(username).filter(u -> u.enabled()
                    && passwordEncoder.matches(DemoAgency.PASSWORD, u.passwordHash()));
            if (user.isEmpty()) {
                continue;
            }
            users.disable(username);
            log.warn("Tài khoản mẫu '{}' đã bị vô hiệu hóa vì hệ thống chạy không có dữ liệu mẫu (demo account "
                    + "disabled: motcua.demo is off).", username);
            adminToReplace |= username.equals(ADMIN);
        }
        return adminToReplace && !adminPassword.isBlank();
    }
}
