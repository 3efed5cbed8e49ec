package vn.motcua.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.NewUser;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.UserCreated;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.ProblemException.FieldProblem;
import vn.motcua.shared.ProblemException.Kind;

@Service
@Transactional(readOnly = true)
class UserService implements Users {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    private final UserRepository users;
    private final AgencyRepository agencies;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserService(UserRepository users, AgencyRepository agencies, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UserAccount create(NewUser user) {
        String username = user.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw ProblemException.invalidField("username", "Tên đăng nhập phải dài 3–50 ký tự, gồm chữ cái không dấu, "
                    + "chữ số, dấu chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái hoặc chữ số.");
        }
        String fullName = user.fullName().strip();
        if (fullName.isEmpty()) {
            throw ProblemException.invalidField("fullName", "Vui lòng nhập họ và tên.");
        }
        checkPassword(username, user.password());
        List<RoleGrant> roles = new ArrayList<>(new LinkedHashSet<>(user.roles()));
        if (roles.isEmpty()) {
            throw ProblemException.invalidField("roles", "Người dùng phải có ít nhất một vai trò.");
        }
        for (int i = 0; i < roles.size(); i++) {
            checkGrant(roles.get(i), "roles[" + i + "]");
        }
        if (users.exists(username)
                || !users.insert(username, passwordEncoder.encode(user.password()), fullName, roles, clock.instant())) {
            throw ProblemException.conflict("Tên đăng nhập " + username + " đã được sử dụng.");
        }
        events.publishEvent(new UserCreated(username, clock.instant()));
        return find(username).orElseThrow();
    }

    @Override
    public Optional<UserAccount> find(String username) {
        return users.find(username).map(stored -> new UserAccount(stored.username(), stored.fullName(),
                stored.roles(), stored.enabled(), stored.lockedAt(clock.instant())));
    }

    @Override
    public Optional<UserAccount> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return find(authentication.getName());
    }

    /** Raises 400 naming {@code password} with every rule the password breaks. */
    static void checkPassword(String username, String password) {
        List<String> violations = PasswordPolicy.violations(username, password);
        if (!violations.isEmpty()) {
            throw new ProblemException(Kind.INVALID, "Mật khẩu chưa đạt yêu cầu: " + String.join(" ", violations),
                    violations.stream().map(v -> new FieldProblem("password", v)).toList());
        }
    }

    private void checkGrant(RoleGrant grant, String field) {
        String label = grant.role().label();
        if (grant.agencyCode() == null) {
            if (grant.role().requiresAgency()) {
                throw ProblemException.invalidField(field + ".agencyCode",
                        "Vai trò \"" + label + "\" phải gắn với một cơ quan; vui lòng nhập mã cơ quan.");
            }
            return;
        }
        if (!agencies.exists(grant.agencyCode())) {
            throw unprocessable(field + ".agencyCode", "Không có cơ quan mã " + grant.agencyCode() + ".");
        }
        if (grant.unitCode() != null && !agencies.unitExists(grant.agencyCode(), grant.unitCode())) {
            throw unprocessable(field + ".unitCode",
                    "Cơ quan " + grant.agencyCode() + " không có đơn vị mã " + grant.unitCode() + ".");
        }
    }

    private static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(Kind.UNPROCESSABLE, detail, List.of(new FieldProblem(field, detail)));
    }
}
