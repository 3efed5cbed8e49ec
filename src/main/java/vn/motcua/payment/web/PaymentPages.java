package vn.motcua.payment.web;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.payment.Payment;
import vn.motcua.payment.PaymentMethod;
import vn.motcua.payment.PaymentStatus;
import vn.motcua.payment.Payments;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.Enums;

/**
 * The payment pages: a dossier's payments and receipts with the "Thanh toán trực tuyến" button (the applicant and
 * the desk), the desk's record of a cash or transfer payment, and the page the platform sends the applicant back to.
 */
@Controller
class PaymentPages {

    private final Payments payments;
    private final Dossiers dossiers;
    private final SiteUrl siteUrl;

    PaymentPages(Payments payments, Dossiers dossiers, SiteUrl siteUrl) {
        this.payments = payments;
        this.dossiers = dossiers;
        this.siteUrl = siteUrl;
    }

    @GetMapping("/thanh-toan/{code}")
    String dossierPayments(@PathVariable String code, Authentication caller, Model model) {
        Dossier dossier = dossiers.get(code, caller.getName());
        List<Payment> list = payments.list(code, caller.getName());
        boolean applicant = dossier.applicantUsername() != null
                && dossier.applicantUsername().equalsIgnoreCase(caller.getName());
        boolean open = dossier.finishedAt() == null && dossier.fees().stream()
                .anyMatch(fee -> fee.paidAt() == null && fee.amountVnd() > 0);
        model.addAttribute("d", dossier);
        model.addAttribute("payments", list);
        model.addAttribute("platform", payments.status());
        model.addAttribute("canPay", open && dossier.status() == DossierStatus.AWAITING_PAYMENT);
        model.addAttribute("pending", list.stream().filter(p -> p.status() == PaymentStatus.PENDING).findFirst()
                .orElse(null));
        model.addAttribute("applicant", applicant);
        model.addAttribute("backUrl", applicant ? "/ho-so-cua-toi/" + dossier.code() : "/ho-so/" + dossier.code());
        model.addAttribute("canRecord", !applicant && open && dossier.status() == DossierStatus.AWAITING_PAYMENT);
        return "payment/dossier";
    }

    /**
     * "Thanh toán trực tuyến": opens the payment and comes back to the dossier's payments, where a link leads to the
     * platform's page (the content security policy lets forms post and redirect only to this site).
     */
    @PostMapping("/thanh-toan/{code}")
    String pay(@PathVariable String code, Authentication caller, RedirectAttributes redirect) {
        try {
            payments.start(code, null, siteUrl.get(), caller.getName());
            redirect.addFlashAttribute("message", "Đã mở giao dịch tại nền tảng thanh toán; bấm \"Tiếp tục đến "
                    + "trang thanh toán\" để thanh toán.");
            return "redirect:/thanh-toan/" + code;
        } catch (ProblemException e) {
            if (e.kind() == ProblemException.Kind.NOT_FOUND || e.kind() == ProblemException.Kind.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/thanh-toan/" + code;
        }
    }

    /** The desk records a cash or transfer payment. */
    @PostMapping("/thanh-toan/{code}/nop-tai-quay")
    String record(@PathVariable String code, @RequestParam(required = false) String method, Authentication caller,
            RedirectAttributes redirect) {
        try {
            Payment payment = payments.record(code, Enums.parse(PaymentMethod.class, method, "method"), null,
                    caller.getName());
            redirect.addFlashAttribute("message", "Đã ghi nhận " + payment.method().label().toLowerCase()
                    + " và lập biên lai điện tử số " + payment.receipts().stream().map(Payment.Receipt::numberText)
                    .collect(java.util.stream.Collectors.joining(", ")) + ".");
        } catch (ProblemException e) {
            if (e.kind() == ProblemException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/thanh-toan/" + code;
    }

    /** Where the platform sends the applicant back; the status comes from the platform, never from this request. */
    @GetMapping("/thanh-toan/ket-qua")
    String returned(@RequestParam(name = "ma", required = false) String reference, Authentication caller,
            Model model) {
        Payment payment = payments.returned(reference, caller.getName());
        Dossier dossier = dossiers.get(payment.dossierCode(), caller.getName());
        model.addAttribute("payment", payment);
        model.addAttribute("d", dossier);
        return "payment/returned";
    }
}
