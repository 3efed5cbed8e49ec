package vn.motcua.payment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.payment.FeeCodes;
import vn.motcua.payment.Payments;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.TypedDates;

/**
 * The administrator's page of online payment: on or off, the platform, the daily reconciliations, and the fee codes of
 * the procedures (listed; edited per procedure by administrators).
 */
@Controller
class PaymentAdminPage {

    /** Empty lines offered under a procedure's codes in the editor. */
    private static final int BLANK_LINES = 2;

    private final Payments payments;
    private final FeeCodes feeCodes;

    PaymentAdminPage(Payments payments, FeeCodes feeCodes) {
        this.payments = payments;
        this.feeCodes = feeCodes;
    }

    @GetMapping("/quan-tri/thanh-toan")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','LEADER')")
    String page(@RequestParam(name = "thu-tuc", required = false) String procedure, Authentication caller,
            Model model) {
        model.addAttribute("feeCodes", feeCodes.all());
        if (procedure != null && !procedure.isBlank()) {
            try {
                List<FeeCodes.FeeCode> lines = new ArrayList<>(feeCodes.list(procedure));
                for (int i = 0; i < BLANK_LINES; i++) {
                    lines.add(new FeeCodes.FeeCode("", "", "LE_PHI", null));
                }
                model.addAttribute("procedure", procedure.strip());
                model.addAttribute("editLines", lines);
            } catch (ProblemException e) {
                model.addAttribute("error", e.getMessage());
            }
        }
        model.addAttribute("platform", payments.status());
        model.addAttribute("reconciliations", payments.reconciliations(31, caller.getName()));
        model.addAttribute("canReconcile", caller.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_ADMINISTRATOR")));
        return "payment/admin";
    }

    @PostMapping("/quan-tri/thanh-toan/doi-soat")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String reconcile(@RequestParam(required = false) String day, Authentication caller,
            RedirectAttributes redirect) {
        try {
            Payments.Reconciliation done = payments.reconcile(TypedDates.required(day, "day", "Ngày đối soát"),
                    caller.getName());
            redirect.addFlashAttribute("message", "Đã đối soát ngày " + TypedDates.format(done.day()) + ": nền tảng "
                    + "liệt kê " + done.listed() + " giao dịch, ghi nhận thêm " + done.settled() + ", chênh lệch "
                    + done.mismatches().size() + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/quan-tri/thanh-toan";
    }

    @PostMapping("/quan-tri/thanh-toan/ma-phi")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String saveFeeCodes(@RequestParam String procedure, @RequestParam(required = false) List<String> feeName,
            @RequestParam(required = false) List<String> feeCode, @RequestParam(required = false) List<String> feeKind,
            @RequestParam(required = false) List<String> validFrom, Authentication caller,
            RedirectAttributes redirect) {
        try {
            List<FeeCodes.FeeCode> lines = new ArrayList<>();
            int count = feeName == null ? 0 : feeName.size();
            for (int i = 0; i < count; i++) {
                String name = at(feeName, i);
                String code = at(feeCode, i);
                String from = at(validFrom, i);
                if (name.isBlank() && code.isBlank() && from.isBlank()) {
                    continue;
                }
                lines.add(new FeeCodes.FeeCode(name, code, at(feeKind, i),
                        TypedDates.required(from, "feeCodes[" + i + "].validFrom", "Ngày áp dụng")));
            }
            List<FeeCodes.FeeCode> saved = feeCodes.replace(procedure, lines, caller.getName());
            redirect.addFlashAttribute("message", "Đã lưu " + saved.size() + " mã phí, lệ phí của thủ tục "
                    + procedure.strip() + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        redirect.addAttribute("thu-tuc", procedure.strip());
        return "redirect:/quan-tri/thanh-toan#ma-phi";
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
    }
}
