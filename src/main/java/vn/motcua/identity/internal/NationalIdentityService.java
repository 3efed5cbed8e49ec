package vn.motcua.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.NationalIdentities;
import vn.motcua.identity.NationalIdentity;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * Links national sign-ins to accounts by the personal identity number. The first sign-in creates an applicant's
 * account named {@code dinhdanh-<number>} with an unusable password (it signs in only through a provider); the
 * identity row is locked while it is read and written, so two instances signing the same person in at once create
 * one account.
 */
@Service
@Transactional
class NationalIdentityService implements NationalIdentities {

    private final NationalIdentityRepository identities;
    private final UserRepository users;
    private final Users accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    NationalIdentityService(NationalIdentityRepository identities, UserRepository users, Users accounts,
            PasswordEncoder passwords, Clock clock) {
        this.identities = identities;
        this.users = users;
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public UserAccount signIn(NationalIdentity identity) {
        String username = identities.lockAccount(identity.idNumber()).orElseGet(() -> {
            String name = "dinhdanh-" + identity.idNumber();
            users.insert(name, passwords.encode(UUID.randomUUID().toString()), identity.fullName(),
                    List.of(new RoleGrant(Role.APPLICANT, null, null)), clock.instant());
            identities.link(identity, name, clock.instant());
            return identities.lockAccount(identity.idNumber()).orElseThrow();
        });
        identities.record(identity, clock.instant());
        return accounts.find(username).orElseThrow();
    }

    @Override
    public UserAccount link(String username, NationalIdentity identity) {
        UserAccount account = accounts.find(username).orElseThrow(() -> ProblemException.notFound(
                "Không tìm thấy tài khoản " + username));
        Optional<String> linked = identities.lockAccount(identity.idNumber());
        if (linked.isPresent() && !linked.get().equalsIgnoreCase(account.username())) {
            throw ProblemException.conflict("Số định danh cá nhân này đã liên kết với một tài khoản khác; hãy liên hệ "
                    + "quản trị hệ thống.");
        }
        if (linked.isEmpty()) {
            if (identities.ofUser(account.username()).isPresent()) {
                throw ProblemException.conflict("Tài khoản của bạn đã liên kết với một số định danh cá nhân khác.");
            }
            if (!identities.link(identity, account.username(), clock.instant())) {
                throw ProblemException.conflict("Số định danh cá nhân này vừa được liên kết với một tài khoản khác.");
            }
        }
        identities.record(identity, clock.instant());
        return account;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NationalIdentity> of(String username) {
        return identities.ofUser(username);
    }

    @Override
    public Optional<SignIn> currentSignIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof
                org.springframework.security.oauth2.core.oidc.user.OidcUser user)) {
            return Optional.empty();
        }
        Object provider = user.getClaims().get(PROVIDER_CLAIM);
        Object level = user.getClaims().get(LEVEL_CLAIM);
        if (provider == null) {
            return Optional.empty();
        }
        return Optional.of(new SignIn(provider.toString(), level instanceof Number n ? n.intValue() : 0));
    }

    @Override
    @Transactional(readOnly = true)
    public long countAtLeast(int level) {
        return identities.countAtLeast(level);
    }
}
