package vn.motcua.rating.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import vn.motcua.rating.DossierRatings;
import vn.motcua.dossier.Dossiers;
import vn.motcua.rating.Rating;
import vn.motcua.rating.RatingLevel;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;
import vn.motcua.shared.web.Pages;

/**
 * The applicant's rating on the public tracking page (no sign-in): once the result is returned, the page offers
 * the form; the dossier code and the lookup secret travel with it, as in the lookup itself.
 */
@Controller
class RatingPages {

    private final Dossiers dossiers;
    private final DossierRatings ratings;

    RatingPages(Dossiers dossiers, DossierRatings ratings) {
        this.dossiers = dossiers;
        this.ratings = ratings;
    }

    /** The rating form as posted; levels are {@link RatingLevel} names, blank for "not rated". */
    record Posted(String ma, String matracuu, String overall, String convenience, String timeliness, String attitude,
            String comment) {}

    @PostMapping("/tra-cuu-ho-so/danh-gia")
    String rate(@ModelAttribute Posted posted, Model model, HttpServletResponse response) {
        String code = Pages.blank(posted.ma());
        String secret = Pages.blank(posted.matracuu());
        model.addAttribute("code", code);
        model.addAttribute("secret", secret);
        model.addAttribute("rating", posted);
        try {
            if (code == null || secret == null) {
                throw ProblemException.notFound("Không tìm thấy hồ sơ với mã và mã tra cứu đã nhập.");
            }
            Rating rated = ratings.rate(code, secret, Enums.parse(RatingLevel.class, posted.overall(), "overall"),
                    Enums.parseOptional(RatingLevel.class, posted.convenience(), "convenience"),
                    Enums.parseOptional(RatingLevel.class, posted.timeliness(), "timeliness"),
                    Enums.parseOptional(RatingLevel.class, posted.attitude(), "attitude"), posted.comment());
            model.addAttribute("rated", rated);
        } catch (ProblemException e) {
            response.setStatus(e.kind().status());
            model.addAttribute("ratingError", e.getMessage());
            Map<String, String> errors = new LinkedHashMap<>();
            e.fields().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
            model.addAttribute("ratingErrors", errors);
            if (e.kind() == ProblemException.Kind.INVALID && errors.containsKey("overall")) {
                model.addAttribute("ratingError", "Hãy chọn mức đánh giá chung.");
            }
        }
        try {
            if (code != null && secret != null) {
                model.addAttribute("dossier", dossiers.lookup(code, secret));
            }
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
        }
        return "dossier/tracking";
    }
}
