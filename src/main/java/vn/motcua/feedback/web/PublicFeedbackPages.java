package vn.motcua.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackPage;
import vn.motcua.feedback.FeedbackRating;
import vn.motcua.feedback.Feedbacks;
import vn.motcua.feedback.NewFeedback;
import vn.motcua.feedback.PublishedAnswer;
import vn.motcua.feedback.Submitter;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;
import vn.motcua.shared.web.Pages;

/**
 * The public side of feedback, without sign-in: the agency's published answers (searchable without diacritics),
 * the form (Decree 20/2008 Art. 7 fields, refusals beside each field), and tracking with the code and secret,
 * where the submitter rates the answer.
 */
@Controller
class PublicFeedbackPages {

    static final int PAGE_SIZE = 10;

    private final Feedbacks feedbacks;
    private final Agencies agencies;
    private final Clock clock;
    private final String defaultAgency;

    PublicFeedbackPages(Feedbacks feedbacks, Agencies agencies, Clock clock,
            @Value("${motcua.feedback.public-agency:000.00.22.H05}") String defaultAgency) {
        this.feedbacks = feedbacks;
        this.agencies = agencies;
        this.clock = clock;
        this.defaultAgency = defaultAgency;
    }

    private String agency(String requested, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Pages.VIETNAM));
        List<Agency> open = agencies.list().stream().filter(a -> a.isValidOn(today)).toList();
        String agency = Pages.blank(requested) != null ? requested.strip() : defaultAgency;
        model.addAttribute("agencies", open);
        model.addAttribute("agency", agency);
        return agency;
    }

    @GetMapping("/phan-anh-kien-nghi")
    String answers(@RequestParam(required = false) String agency, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        String code = agency(agency, model);
        model.addAttribute("q", q);
        try {
            FeedbackPage<PublishedAnswer> result = feedbacks.publishedAnswers(code, q, page, PAGE_SIZE);
            model.addAttribute("result", result);
            model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
        }
        return "feedback/public-answers";
    }

    /** The form as posted (field names as in the API, flattened). */
    record Posted(String agencyCode, String kind, Integer category, String subject, String content,
            String procedureCode, String dossierCode, String type, String name, String address, String phone,
            String email, String key) {}

    @GetMapping("/phan-anh-kien-nghi/gui")
    String form(@RequestParam(required = false) String agency, Model model) {
        agency(agency, model);
        model.addAttribute("form", new Posted(null, "REPORT", null, null, null, null, null, "CITIZEN", null, null,
                null, null, UUID.randomUUID().toString()));
        return formView(model);
    }

    private static String formView(Model model) {
        model.addAttribute("kinds", FeedbackKind.values());
        model.addAttribute("categories", FeedbackCategory.values());
        model.addAttribute("types", Submitter.Type.values());
        return "feedback/public-form";
    }

    @PostMapping("/phan-anh-kien-nghi/gui")
    String submit(@ModelAttribute Posted posted, Model model, HttpServletResponse response) {
        agency(posted.agencyCode(), model);
        model.addAttribute("form", posted);
        try {
            NewFeedback feedback = new NewFeedback(posted.agencyCode(),
                    Enums.parseOptional(FeedbackKind.class, posted.kind(), "kind"), posted.category(),
                    posted.subject(), posted.content(), posted.procedureCode(), posted.dossierCode(),
                    new Submitter(Enums.parseOptional(Submitter.Type.class, posted.type(), "submitter.type"),
                            posted.name(), posted.address(), posted.phone(), posted.email()), null, null);
            Feedbacks.Received received = feedbacks.submit(feedback, posted.key(), null);
            model.addAttribute("received", received);
            return "feedback/public-submitted";
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
            return formView(model);
        }
    }

    @GetMapping("/phan-anh-kien-nghi/tra-cuu")
    String track(@RequestParam(required = false) String ma, @RequestParam(required = false) String matracuu,
            Model model, HttpServletResponse response) {
        model.addAttribute("code", ma);
        model.addAttribute("secret", matracuu);
        if (Pages.blank(ma) != null || Pages.blank(matracuu) != null) {
            try {
                model.addAttribute("feedback", feedbacks.lookup(Pages.blank(ma), Pages.blank(matracuu)));
            } catch (ProblemException e) {
                Pages.addProblem(model, e);
                response.setStatus(e.kind().status());
            }
        }
        model.addAttribute("ratings", FeedbackRating.values());
        return "feedback/public-track";
    }

    @PostMapping("/phan-anh-kien-nghi/tra-cuu/bo-sung")
    String supplement(@RequestParam(required = false) String ma, @RequestParam(required = false) String matracuu,
            @RequestParam(required = false) String text, Model model, HttpServletResponse response) {
        model.addAttribute("code", ma);
        model.addAttribute("secret", matracuu);
        model.addAttribute("ratings", FeedbackRating.values());
        try {
            model.addAttribute("feedback", feedbacks.supplement(Pages.blank(ma), Pages.blank(matracuu), text));
            model.addAttribute("message", "Cơ quan đã nhận thông tin bổ sung của bạn.");
        } catch (ProblemException e) {
            model.addAttribute("supplementText", text);
            refused(e, "supplementError", ma, matracuu, model, response);
        }
        return "feedback/public-track";
    }

    @PostMapping("/phan-anh-kien-nghi/tra-cuu/danh-gia")
    String rate(@RequestParam(required = false) String ma, @RequestParam(required = false) String matracuu,
            @RequestParam(required = false) String rating, @RequestParam(required = false) String comment,
            Model model, HttpServletResponse response) {
        model.addAttribute("code", ma);
        model.addAttribute("secret", matracuu);
        model.addAttribute("ratings", FeedbackRating.values());
        try {
            model.addAttribute("feedback", feedbacks.rate(Pages.blank(ma), Pages.blank(matracuu),
                    Enums.parseOptional(FeedbackRating.class, rating, "rating"), comment, null));
            model.addAttribute("message", "Cảm ơn bạn đã đánh giá kết quả xử lý phản ánh, kiến nghị.");
        } catch (ProblemException e) {
            refused(e, "ratingError", ma, matracuu, model, response);
        }
        return "feedback/public-track";
    }

    /** A refused supplement or rating: its message beside its form, and the feedback still shown if it exists. */
    private void refused(ProblemException e, String attribute, String ma, String matracuu, Model model,
            HttpServletResponse response) {
        model.addAttribute(attribute, e.getMessage());
        response.setStatus(e.kind().status());
        try {
            model.addAttribute("feedback", feedbacks.lookup(Pages.blank(ma), Pages.blank(matracuu)));
        } catch (ProblemException notFound) {
            Pages.addProblem(model, notFound);
        }
    }
}
