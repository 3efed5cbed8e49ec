package vn.motcua.identity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.AgencyContact;
import vn.motcua.identity.NewAgency;
import vn.motcua.identity.Role;
import vn.motcua.identity.Unit;
import vn.motcua.identity.Users;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.TypedDates;

/** Page "Cơ quan, đơn vị": the agency tree with its history; administrators add agencies and units. */
@Controller
@RequestMapping("/quan-tri/co-quan")
class AgencyPages {

    private static final Comparator<Agency> OPEN_FIRST_THEN_CODE = Comparator
            .comparing((Agency a) -> a.validTo() != null).thenComparing(a -> a.code().value());

    private final Agencies agencies;
    private final Users users;
    private final Clock clock;

    AgencyPages(Agencies agencies, Users users, Clock clock) {
        this.agencies = agencies;
        this.users = users;
        this.clock = clock;
    }

    /** One line of the tree: the agency, how deep it sits, and whether it is in force today. */
    record TreeRow(Agency agency, int depth, boolean current) {}

    /** What the administrator typed in the "add agency" form; {@code predecessorCodes} separated by commas or spaces. */
    /** Serializable: kept in the (database) session as a flash attribute when the form comes back with an error. */
    record AgencyForm(String code, String name, String parentCode, String validFrom, String predecessorCodes)
            implements java.io.Serializable {}

    record UnitForm(String agencyCode, String code, String name) implements java.io.Serializable {}

    record ContactForm(String agencyCode, String address, String hotline, String email)
            implements java.io.Serializable {}

    @GetMapping
    @PreAuthorize("hasAnyRole('DESK_OFFICER','SPECIALIST','UNIT_HEAD','LEADER','CONTROL_OFFICER','ADMINISTRATOR')")
    String page(Model model) {
        List<Agency> all = agencies.list();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("rows", tree(all, today));
        model.addAttribute("today", today);
        model.addAttribute("isAdmin", users.currentUser().map(u -> u.hasRole(Role.ADMINISTRATOR)).orElse(false));
        if (!model.containsAttribute("agencyForm")) {
            model.addAttribute("agencyForm", new AgencyForm("", "", "", TypedDates.format(today), ""));
        }
        if (!model.containsAttribute("unitForm")) {
            model.addAttribute("unitForm", new UnitForm("", "", ""));
        }
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm("", "", "", ""));
        }
        return "identity/agencies";
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String addAgency(AgencyForm form, RedirectAttributes redirect) {
        try {
            Agency agency = agencies.create(new NewAgency(
                    RequestFields.agencyCode(form.code(), "code"),
                    form.name() == null ? "" : form.name(),
                    RequestFields.optionalAgencyCode(form.parentCode(), "parentCode"),
                    date(form.validFrom()),
                    null,
                    RequestFields.agencyCodes(split(form.predecessorCodes()), "predecessorCodes")));
            redirect.addFlashAttribute("message", "Đã thêm cơ quan " + agency.code() + " — " + agency.name() + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("agencyForm", form);
        }
        return "redirect:/quan-tri/co-quan";
    }

    @PostMapping("/don-vi")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String addUnit(UnitForm form, RedirectAttributes redirect) {
        try {
            AgencyCode agency = RequestFields.agencyCode(form.agencyCode(), "agencyCode");
            Unit unit = agencies.addUnit(agency, new Unit(form.code() == null ? "" : form.code(),
                    form.name() == null ? "" : form.name()));
            redirect.addFlashAttribute("message", "Đã thêm đơn vị " + unit.name() + " vào cơ quan " + agency + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("unitForm", form);
        }
        return "redirect:/quan-tri/co-quan";
    }

    @PostMapping("/lien-he")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String updateContact(ContactForm form, RedirectAttributes redirect) {
        try {
            AgencyCode code = RequestFields.agencyCode(form.agencyCode(), "agencyCode");
            Agency agency = agencies.updateContact(code,
                    new AgencyContact(form.address(), form.hotline(), form.email()));
            redirect.addFlashAttribute("message", "Đã lưu thông tin liên hệ của " + agency.name() + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("contactForm", form);
        }
        return "redirect:/quan-tri/co-quan";
    }

    /** Depth-first: each agency under its parent, agencies in force before closed ones. */
    static List<TreeRow> tree(List<Agency> all, LocalDate today) {
        Set<AgencyCode> known = all.stream().map(Agency::code).collect(Collectors.toSet());
        Map<AgencyCode, List<Agency>> children = all.stream().filter(a -> a.parentCode() != null)
                .collect(Collectors.groupingBy(Agency::parentCode));
        List<TreeRow> rows = new ArrayList<>();
        all.stream().filter(a -> a.parentCode() == null || !known.contains(a.parentCode()))
                .sorted(OPEN_FIRST_THEN_CODE).forEach(root -> addWithChildren(root, 0, children, today, rows));
        return rows;
    }

    private static void addWithChildren(Agency agency, int depth, Map<AgencyCode, List<Agency>> children,
            LocalDate today, List<TreeRow> rows) {
        rows.add(new TreeRow(agency, depth, agency.isValidOn(today)));
        children.getOrDefault(agency.code(), List.of()).stream().sorted(OPEN_FIRST_THEN_CODE)
                .forEach(child -> addWithChildren(child, depth + 1, children, today, rows));
    }

    private LocalDate date(String text) {
        LocalDate date = TypedDates.parse(text, "validFrom", "Ngày có hiệu lực");
        return date == null ? LocalDate.now(clock) : date;
    }

    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.strip().split("[,;\\s]+"));
    }
}
