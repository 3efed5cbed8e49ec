package vn.motcua.payment.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.payment.Payments;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.TypedDates;

/** The administrator's page of online payment: on or off, the platform, the daily reconciliations. */
@Controller
class PaymentAdminPage {

    private final Payments payments;

    PaymentAdminPage(Payments payments) {
        this.payments = payments;
    }

    @GetMapping("/quan-tri/thanh-toan")
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','LEADER')")
    String page(Authentication caller, Model model) {
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
}
