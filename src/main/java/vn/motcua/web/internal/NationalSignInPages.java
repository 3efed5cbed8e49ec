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

    NationalSignInPages(NationalProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/quan-tri/dinh-danh")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String overview(Model model) {
        model.addAttribute("enabled", providers.enabled());
        model.addAttribute("known", providers.known());
        return "national-sign-in";
    }
}
