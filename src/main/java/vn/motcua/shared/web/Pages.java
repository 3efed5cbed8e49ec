package vn.motcua.shared.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import vn.motcua.shared.ProblemException;

/** What the page controllers of every module share: Vietnam's zone, blank form values, refusals beside the fields. */
public final class Pages {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Pages() {
    }

    /**
     * Puts a refusal on the page: its Vietnamese detail as {@code error}, each offending field's message in
     * {@code errors} (keyed by the field name of the problem, e.g. {@code applicant.name}), and its status.
     */
    public static void addProblem(Model model, ProblemException problem) {
        model.addAttribute("error", problem.getMessage());
        model.addAttribute("errorStatus", problem.kind().status());
        Map<String, String> errors = new LinkedHashMap<>();
        problem.fields().forEach(f -> errors.putIfAbsent(f.field(), f.message()));
        model.addAttribute("errors", errors);
    }

    /** The stripped value of a form field, or null when it was left empty. */
    public static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
