package vn.motcua.catalog.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ContentProvenance;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.DecisionItem;
import vn.motcua.catalog.InternalProcedurePlan;
import vn.motcua.catalog.InternalStep;
import vn.motcua.catalog.NewDecision;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.TimeLimit;
import vn.motcua.catalog.TimeLimitUnit;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.TypedDates;

/** Back office of the control officer: import, drafts, publication decisions, internal procedure editor. */
@Controller
@PreAuthorize(ProcedureApiController.CONTROL)
class CatalogAdminPages {

    private final Catalog catalog;

    CatalogAdminPages(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/quan-tri/thu-tuc")
    String overview(@RequestParam(required = false) String agency, Model model, Authentication user) {
        String chosen = agency != null && !agency.isBlank() ? agency.strip()
                : catalog.agencies().stream().findFirst().orElse("");
        model.addAttribute("agency", chosen);
        model.addAttribute("agencies", catalog.agencies());
        model.addAttribute("decisions", chosen.isEmpty() ? List.of() : catalog.decisions(chosen));
        model.addAttribute("pending", chosen.isEmpty() ? List.of() : catalog.pending(chosen));
        model.addAttribute("kinds", ChangeKind.values());
        model.addAttribute("provenances", provenances(chosen, user));
        return "catalog/admin";
    }

    /** Where each procedure's content came from; empty for an agency the officer does not manage. */
    private List<ContentProvenance.Recorded> provenances(String agency, Authentication user) {
        if (agency.isEmpty()) {
            return List.of();
        }
        try {
            return catalog.provenances(agency, user.getName());
        } catch (ProblemException notTheirs) {
            return List.of();
        }
    }

    @PostMapping("/quan-tri/thu-tuc/nhap")
    String importFile(@RequestParam String agency, @RequestParam("file") MultipartFile file, Authentication user,
            Model model) throws IOException {
        try {
            model.addAttribute("summary", catalog.importCatalog(agency, file.getBytes(), user.getName()));
        } catch (ProblemException e) {
            model.addAttribute("error", e.getMessage());
        }
        return overview(agency, model, user);
    }

    @PostMapping("/quan-tri/thu-tuc/nhap-noi-dung")
    String importContent(@RequestParam String agency, @RequestParam("file") MultipartFile file, Authentication user,
            Model model) throws IOException {
        try {
            model.addAttribute("contentSummary", catalog.importContent(agency, file.getBytes(), user.getName()));
        } catch (ProblemException e) {
            model.addAttribute("error", e.getMessage());
        }
        return overview(agency, model, user);
    }

    /**
     * Items are typed one per line: {@code mã LOẠI [số dự thảo] [mã bị thay thế …]}, for example
     * {@code 1.014390 AMENDED 3} or {@code 1.001786 ABOLISHED}.
     */
    @PostMapping("/quan-tri/thu-tuc/quyet-dinh")
    String publish(@RequestParam String agency, @RequestParam String number,
            @RequestParam(required = false) String signedOn, @RequestParam String signer,
            @RequestParam(required = false) String effectiveOn, @RequestParam String issuingAgency,
            @RequestParam(required = false) String title, @RequestParam String items, Authentication user,
            Model model, RedirectAttributes redirect) {
        try {
            List<DecisionItem> parsed = new ArrayList<>();
            for (String line : items.split("\\R")) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length < 2) {
                    continue;
                }
                ChangeKind kind;
                try {
                    kind = ChangeKind.valueOf(parts[1].toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField("items", "Dòng \"" + line.strip()
                            + "\": loại công bố phải là NEW, AMENDED, REPLACED hoặc ABOLISHED.");
                }
                Integer draft = parts.length > 2 && parts[2].matches("\\d+") ? Integer.valueOf(parts[2]) : null;
                List<String> replaces = new ArrayList<>();
                for (int i = draft == null ? 2 : 3; i < parts.length; i++) {
                    replaces.add(parts[i]);
                }
                parsed.add(new DecisionItem(parts[0], kind, null, draft, null, replaces, null));
            }
            var decision = catalog.publish(new NewDecision(agency, number,
                    TypedDates.parse(signedOn, "signedOn", "Ngày ký"), signer,
                    TypedDates.parse(effectiveOn, "effectiveOn", "Ngày có hiệu lực"), issuingAgency, title, parsed),
                    user.getName());
            redirect.addFlashAttribute("message", "Đã ghi nhận Quyết định số " + decision.number() + " ("
                    + decision.items().size() + " thủ tục).");
            redirect.addAttribute("agency", agency);
            return "redirect:/quan-tri/thu-tuc";
        } catch (ProblemException e) {
            model.addAttribute("error", e.getMessage());
            return overview(agency, model, user);
        }
    }

    @GetMapping("/quan-tri/thu-tuc/du-thao")
    String draftForm(@RequestParam String agency, @RequestParam(required = false) String code, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("code", code);
        ProcedureContent content = null;
        if (code != null && !code.isBlank()) {
            try {
                List<ProcedureVersion> versions = catalog.versions(agency, code.strip());
                content = versions.get(versions.size() - 1).content();
            } catch (ProblemException e) {
                content = null;
            }
        }
        model.addAttribute("c", content);
        model.addAttribute("units", TimeLimitUnit.values());
        model.addAttribute("onlineLevels", OnlineLevel.values());
        return "catalog/draft";
    }

    @PostMapping("/quan-tri/thu-tuc/du-thao")
    String createDraft(@RequestParam String agency, @RequestParam String code, @RequestParam String name,
            @RequestParam(required = false) String fieldName, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) TimeLimitUnit unit, @RequestParam(required = false) OnlineLevel onlineLevel,
            Authentication user, Model model, RedirectAttributes redirect) {
        try {
            ProcedureContent base;
            try {
                List<ProcedureVersion> versions = catalog.versions(agency, code.strip());
                base = versions.get(versions.size() - 1).content();
            } catch (ProblemException e) {
                base = ProcedureContent.minimal(name, fieldName, null, null);
            }
            TimeLimit previous = base.timeLimit();
            TimeLimit limit = amount == null && unit == null ? null : new TimeLimit(amount, unit,
                    previous == null ? null : previous.printed(), previous == null ? null : previous.asRecorded());
            ProcedureContent content = base.withName(name).withTimeLimit(limit).withOnlineLevel(onlineLevel);
            ProcedureVersion draft = catalog.createDraft(agency, code.strip(), content, user.getName());
            redirect.addFlashAttribute("message", "Đã lưu dự thảo phiên bản " + draft.version() + " của thủ tục "
                    + draft.code() + "; công bố bằng một quyết định (dòng: " + draft.code() + " "
                    + draft.changeKind().name() + " " + draft.version() + ").");
            redirect.addAttribute("agency", agency);
            return "redirect:/quan-tri/thu-tuc";
        } catch (ProblemException e) {
            model.addAttribute("error", e.getMessage());
            return draftForm(agency, code, model);
        }
    }

    @GetMapping("/quan-tri/thu-tuc/quy-trinh")
    String internalForm(@RequestParam String agency, @RequestParam String code,
            @RequestParam(required = false) Integer version, Model model) {
        ProcedureVersion v = version == null ? catalog.current(agency, code) : catalog.version(agency, code, version);
        model.addAttribute("v", v);
        model.addAttribute("agency", v.agency());
        var internal = catalog.internalProcedure(v.agency(), v.code(), v.version());
        if (!model.containsAttribute("plan")) {
            model.addAttribute("plan", internal.map(i -> i.plan())
                    .orElse(new InternalProcedurePlan(List.of(), null, null)));
        }
        model.addAttribute("internal", internal.orElse(null));
        model.addAttribute("blankRows", 3);
        return "catalog/internal-procedure";
    }

    @PostMapping("/quan-tri/thu-tuc/quy-trinh")
    String saveInternal(@RequestParam String agency, @RequestParam String code, @RequestParam int version,
            @RequestParam(name = "branch", required = false) List<String> branches,
            @RequestParam(name = "responsible", required = false) List<String> responsibles,
            @RequestParam(name = "action", required = false) List<String> actions,
            @RequestParam(name = "duration", required = false) List<String> durations,
            @RequestParam(name = "unit", required = false) List<String> units,
            @RequestParam(required = false) String mismatchReason, @RequestParam(required = false) String approvedBy,
            Authentication user, Model model, RedirectAttributes redirect) {
        List<InternalStep> steps = new ArrayList<>();
        int rows = responsibles == null ? 0 : responsibles.size();
        for (int i = 0; i < rows; i++) {
            String responsible = at(responsibles, i);
            String action = at(actions, i);
            String duration = at(durations, i);
            if (responsible.isBlank() && action.isBlank() && duration.isBlank()) {
                continue;
            }
            BigDecimal amount = null;
            try {
                amount = duration.isBlank() ? null : new BigDecimal(duration.replace(',', '.'));
            } catch (NumberFormatException e) {
                amount = null;
            }
            String unit = at(units, i);
            steps.add(new InternalStep(at(branches, i), responsible, action, amount,
                    unit.isBlank() ? TimeLimitUnit.WORKING_DAY : TimeLimitUnit.valueOf(unit)));
        }
        InternalProcedurePlan plan = new InternalProcedurePlan(steps, mismatchReason, approvedBy);
        try {
            var saved = catalog.saveInternalProcedure(agency, code, version, plan, user.getName());
            redirect.addFlashAttribute("message", "Đã lưu quy trình nội bộ (lần sửa " + saved.revision() + ").");
            redirect.addAttribute("agency", agency);
            redirect.addAttribute("code", code);
            redirect.addAttribute("version", version);
            return "redirect:/quan-tri/thu-tuc/quy-trinh";
        } catch (ProblemException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("errors", e.fields());
            model.addAttribute("plan", plan);
            return internalForm(agency, code, version, model);
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
    }
}
