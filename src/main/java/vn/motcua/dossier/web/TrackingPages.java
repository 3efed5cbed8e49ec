package vn.motcua.dossier.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.Dossiers;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Pages;

/** Public tracking (no sign-in): the dossier code and the lookup secret printed on the receipt slip. */
@Controller
class TrackingPages {

    private final Dossiers dossiers;

    TrackingPages(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/tra-cuu-ho-so")
    String track(@RequestParam(name = "ma", required = false) String code,
            @RequestParam(name = "matracuu", required = false) String secret, Model model,
            HttpServletResponse response) {
        model.addAttribute("code", code);
        model.addAttribute("secret", secret);
        if (Pages.blank(code) == null && Pages.blank(secret) == null) {
            return "dossier/tracking";
        }
        if (Pages.blank(code) == null) {
            model.addAttribute("errors", java.util.Map.of("ma", "Hãy nhập mã hồ sơ"));
            return "dossier/tracking";
        }
        if (Pages.blank(secret) == null) {
            model.addAttribute("errors", java.util.Map.of("matracuu", "Hãy nhập mã tra cứu in trên giấy tiếp nhận"));
            return "dossier/tracking";
        }
        try {
            model.addAttribute("dossier", dossiers.lookup(code.strip(), secret.strip()));
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
        }
        return "dossier/tracking";
    }
}
