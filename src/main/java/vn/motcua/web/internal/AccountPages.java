package vn.motcua.web.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.motcua.identity.NationalIdentities;
import vn.motcua.identity.NationalIdentity;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;

/**
 * The signed-in person's own account (tài khoản): who they are, their roles, and their national identity. A person who
 * signs in with a password (an officer) links their identity here: the page sends them through the provider, and the
 * sign-in that comes back is linked to this account ({@link NationalSignIn#LINKING}) instead of an applicant's account,
 * so that they may sign in with VNeID from then on.
 */
@Controller
class AccountPages {

    private final Users users;
    private final NationalIdentities identities;
    private final NationalProviders providers;

    AccountPages(Users users, NationalIdentities identities, NationalProviders providers) {
        this.users = users;
        this.identities = identities;
        this.providers = providers;
    }

    @GetMapping("/tai-khoan")
    String account(Authentication user, Model model) {
        model.addAttribute("account", users.find(user.getName()).orElseThrow(() -> ProblemException.notFound(
                "Không tìm thấy tài khoản " + user.getName())));
        NationalIdentity identity = identities.of(user.getName()).orElse(null);
        model.addAttribute("identity", identity);
        model.addAttribute("maskedNumber", identity == null ? null : mask(identity.idNumber()));
        model.addAttribute("providers", providers.all());
        return "account";
    }

    @PostMapping("/tai-khoan/dinh-danh/{provider}")
    String link(@PathVariable String provider, Authentication user, HttpSession session) {
        if (providers.find(provider).isEmpty()) {
            throw ProblemException.notFound("Không có nhà cung cấp định danh \"" + provider + "\"");
        }
        if (identities.of(user.getName()).isPresent()) {
            throw ProblemException.conflict("Tài khoản đã liên kết với tài khoản định danh điện tử.");
        }
        session.setAttribute(NationalSignIn.LINKING, user.getName());
        return "redirect:/oauth2/authorization/" + provider;
    }

    /** The personal identity number with its middle digits hidden: 0010******45. */
    static String mask(String number) {
        return number.substring(0, 4) + "*".repeat(number.length() - 6) + number.substring(number.length() - 2);
    }
}
