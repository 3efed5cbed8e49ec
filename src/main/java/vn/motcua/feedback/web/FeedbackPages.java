package vn.motcua.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.feedback.AnswerOutcome;
import vn.motcua.feedback.Classification;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChannel;
import vn.motcua.feedback.FeedbackCommand;
import vn.motcua.feedback.FeedbackKind;
import vn.motcua.feedback.FeedbackPage;
import vn.motcua.feedback.FeedbackQuery;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.Feedbacks;
import vn.motcua.feedback.NewFeedback;
import vn.motcua.feedback.PublicationChannel;
import vn.motcua.feedback.ReviewCriterion;
import vn.motcua.feedback.Submitter;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.PersonalDataLog;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;
import vn.motcua.shared.web.Pages;
import vn.motcua.shared.web.TypedDates;

/**
 * The officers' register (sổ tiếp nhận phản ánh, kiến nghị): the queue with its deadline flags, intake of what came
 * by desk, post, phone, e-mail or from another body, and each feedback with its history and the forms of the
 * actions the person may take now.
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER','SPECIALIST','UNIT_HEAD','LEADER','CONTROL_OFFICER','ADMINISTRATOR')")
class FeedbackPages {

    static final int PAGE_SIZE = 20;

    private final Feedbacks feedbacks;
    private final Agencies agencies;
    private final Users users;
    private final Clock clock;
    private final PersonalDataLog personalData;

    FeedbackPages(Feedbacks feedbacks, Agencies agencies, Users users, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${motcua.home-agency:000.00.22.H05}")
            String homeAgency, PersonalDataLog personalData) {
        this.homeAgency = homeAgency;
        this.personalData = personalData;
        this.feedbacks = feedbacks;
        this.agencies = agencies;
        this.users = users;
        this.clock = clock;
    }

    /** The register an administrator without an agency of their own opens from the menu (the home page's agency). */
    private final String homeAgency;

    /** Unit code → name for the agencies on a page, so people read "Phòng Quản lý khoa học", not "QLKH". */
    private Map<String, String> unitNames(String agency) {
        Map<String, String> names = new java.util.HashMap<>();
        agencies.find(AgencyCode.parse(agency)).ifPresent(a -> a.units().forEach(u -> names.put(u.code(), u.name())));
        return names;
    }

    @GetMapping("/pakn")
    String register(@RequestParam(required = false) String agency, @RequestParam(required = false) String status,
            @RequestParam(required = false) String late,
            @RequestParam(required = false) String mine, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model, Authentication caller,
            HttpServletResponse response) {
        if (Pages.blank(agency) == null && users.find(caller.getName()).map(u -> u.hasRole(Role.ADMINISTRATOR)
                && u.roles().stream().noneMatch(g -> g.agencyCode() != null)).orElse(false)) {
            agency = homeAgency; // an administrator of the whole system has no register of their own
        }
        model.addAttribute("statuses", FeedbackStatus.values());
        model.addAttribute("agency", agency);
        model.addAttribute("agencies", agencies.list());
        model.addAttribute("status", status);
        model.addAttribute("late", late);
        model.addAttribute("mine", mine != null);
        model.addAttribute("q", q);
        model.addAttribute("now", clock.instant());
        try {
            FeedbackPage<Feedback> result = feedbacks.queue(new FeedbackQuery(Pages.blank(agency),
                    Enums.parseOptional(FeedbackStatus.class, status, "status"), "overdue".equals(late),
                    "near".equals(late), mine != null, Pages.blank(q), page, PAGE_SIZE), caller.getName());
            model.addAttribute("result", result);
            model.addAttribute("pages", (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            model.addAttribute("unitNames", result.items().isEmpty() ? Map.of()
                    : unitNames(result.items().get(0).agencyCode()));
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
        }
        return "feedback/register";
    }

    /** The intake form as posted; {@code receivedAt} as typed, dd/mm/yyyy hh:mm. */
    record Intake(String agencyCode, String channel, String receivedAt, String kind, Integer category,
            String subject, String content, String procedureCode, String dossierCode, String type, String name,
            String address, String phone, String email, String key) {}

    @GetMapping("/pakn/moi")
    @PreAuthorize("hasAnyRole('DESK_OFFICER','CONTROL_OFFICER','LEADER')")
    String intakeForm(Model model, Authentication caller) {
        model.addAttribute("form", new Intake(null, "DESK", null, "REPORT", null, null, null, null, null, "CITIZEN",
                null, null, null, null, UUID.randomUUID().toString()));
        return intakeView(model);
    }

    private static String intakeView(Model model) {
        model.addAttribute("channels", List.of(FeedbackChannel.DESK, FeedbackChannel.POST, FeedbackChannel.PHONE,
                FeedbackChannel.EMAIL, FeedbackChannel.FORWARDED, FeedbackChannel.NATIONAL_PORTAL,
                FeedbackChannel.ONLINE));
        model.addAttribute("kinds", FeedbackKind.values());
        model.addAttribute("categories", FeedbackCategory.values());
        model.addAttribute("types", Submitter.Type.values());
        return "feedback/intake";
    }

    @PostMapping("/pakn/moi")
    @PreAuthorize("hasAnyRole('DESK_OFFICER','CONTROL_OFFICER','LEADER')")
    String intake(@ModelAttribute Intake posted, Model model, Authentication caller, HttpServletResponse response,
            RedirectAttributes redirect) {
        model.addAttribute("form", posted);
        try {
            NewFeedback feedback = new NewFeedback(Pages.blank(posted.agencyCode()),
                    Enums.parseOptional(FeedbackKind.class, posted.kind(), "kind"), posted.category(),
                    posted.subject(), posted.content(), posted.procedureCode(), posted.dossierCode(),
                    new Submitter(Enums.parseOptional(Submitter.Type.class, posted.type(), "submitter.type"),
                            posted.name(), posted.address(), posted.phone(), posted.email()),
                    Enums.parseOptional(FeedbackChannel.class, posted.channel(), "channel"),
                    entered(posted.receivedAt()));
            Feedbacks.Received received = feedbacks.submit(feedback, posted.key(), caller.getName());
            redirect.addFlashAttribute("message", "Đã vào sổ phản ánh, kiến nghị số " + received.feedback()
                    .registerNumber() + "/" + received.feedback().registerYear() + ". Mã tra cứu giao cho người gửi: "
                    + received.lookupSecret());
            return "redirect:/pakn/" + received.feedback().code();
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
            return intakeView(model);
        }
    }

    private Instant entered(String text) {
        LocalDateTime typed = TypedDates.parseDateTime(text, "receivedAt", "Thời điểm tiếp nhận");
        return typed == null ? null : typed.atZone(Pages.VIETNAM).toInstant();
    }

    @GetMapping("/pakn/{code}")
    String detail(@PathVariable String code, Model model, Authentication caller, HttpServletResponse response) {
        try {
            show(code, model, caller);
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            response.setStatus(e.kind().status());
        }
        return "feedback/detail";
    }

    private void show(String code, Model model, Authentication caller) {
        Feedback f = feedbacks.get(code, caller.getName());
        PersonalDataReads.shown(personalData, f, caller.getName(), "PAGE");
        model.addAttribute("f", f);
        model.addAttribute("now", clock.instant());
        model.addAttribute("history", feedbacks.history(code, caller.getName()));
        model.addAttribute("can", feedbacks.availableActions(f, caller.getName()).stream().map(FeedbackAction::slug)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("units", agencies.find(AgencyCode.parse(f.agencyCode())).map(a -> a.units())
                .orElse(List.of()));
        model.addAttribute("unitNames", unitNames(f.agencyCode()));
        model.addAttribute("assigneeName", f.handling().assignee() == null ? null
                : users.find(f.handling().assignee()).map(u -> u.fullName()).orElse(f.handling().assignee()));
        model.addAttribute("outcomes", AnswerOutcome.values());
        model.addAttribute("criteria", ReviewCriterion.values());
        model.addAttribute("publicationChannels", PublicationChannel.values());
        model.addAttribute("forwardClasses", List.of(Classification.OUTSIDE_COMPETENCE, Classification.BEHAVIOUR));
    }

    /** An action's form as posted; {@code review.X} fields carry the Art. 14(2)(c) criteria. */
    record Posted(Integer version, String reason, String target, String classification, String text, String unit,
            String assignee, String outcome, List<String> channels, String note, String necessity,
            String reasonableness, String simplicity, String feasibility, String consistency,
            String treatyConformity) {

        FeedbackCommand command() {
            Map<ReviewCriterion, String> review = new EnumMap<>(ReviewCriterion.class);
            put(review, ReviewCriterion.NECESSITY, necessity);
            put(review, ReviewCriterion.REASONABLENESS, reasonableness);
            put(review, ReviewCriterion.SIMPLICITY, simplicity);
            put(review, ReviewCriterion.FEASIBILITY, feasibility);
            put(review, ReviewCriterion.CONSISTENCY, consistency);
            put(review, ReviewCriterion.TREATY_CONFORMITY, treatyConformity);
            List<PublicationChannel> published = new ArrayList<>();
            if (channels != null) {
                channels.forEach(c -> published.add(Enums.parse(PublicationChannel.class, c, "channels")));
            }
            return new FeedbackCommand(reason, target,
                    Enums.parseOptional(Classification.class, classification, "classification"), text, unit,
                    assignee, Enums.parseOptional(AnswerOutcome.class, outcome, "outcome"), review, published, null,
                    null, note);
        }

        private static void put(Map<ReviewCriterion, String> review, ReviewCriterion criterion, String value) {
            if (value != null && !value.isBlank()) {
                review.put(criterion, value);
            }
        }
    }

    @PostMapping("/pakn/{code}/{action}")
    String act(@PathVariable String code, @PathVariable String action, @ModelAttribute Posted posted, Model model,
            Authentication caller, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            FeedbackAction named = FeedbackAction.ofSlug(action).orElseThrow(() -> ProblemException.notFound(
                    "Không có thao tác \"" + action + "\"."));
            if (posted.version() == null) {
                throw new ProblemException(ProblemException.Kind.PRECONDITION_REQUIRED, "Thiếu phiên bản phản ánh "
                        + "đã xem; hãy tải lại trang.");
            }
            feedbacks.act(code, named, posted.version(), posted.command(), caller.getName());
            redirect.addFlashAttribute("message", "Đã thực hiện: " + named.label() + ".");
            return "redirect:/pakn/" + code;
        } catch (ProblemException e) {
            Pages.addProblem(model, e);
            model.addAttribute("failedAction", action);
            model.addAttribute("posted", posted);
            response.setStatus(e.kind().status());
            try {
                show(code, model, caller);
            } catch (ProblemException unreadable) {
                Pages.addProblem(model, unreadable);
            }
            return "feedback/detail";
        }
    }
}
