package vn.motcua.web.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's view of sign-in with the national identity: which providers are on (issuer, client id, whether
 * a stand-in serves it), and, when none is, that the feature is off and which flags turn it on.
 */
@Controller
class NationalSignInPages {

    private final NationalProviders providers;
    private final vn.motcua.identity.NationalIdentities identities;

    NationalSignInPages(NationalProviders providers, vn.motcua.identity.NationalIdentities identities) {
        this.providers = providers;
        this.identities = identities;
    }

    @GetMapping("/quan-tri/dinh-danh")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String overview(Model model) {
        model.addAttribute("enabled", providers.enabled());
        model.addAttribute("known", providers.known());
        model.addAttribute("accounts", identities.countAtLeast(0));
        model.addAttribute("levelTwo", identities.countAtLeast(2));
        return "national-sign-in";
    }
}
