package vn.motcua.integration.web;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.Role;
import vn.motcua.integration.Integrations;
import vn.motcua.integration.NationalCatalogPulls;
import vn.motcua.integration.PortalReconciliations;
import vn.motcua.integration.OutboxEntry;
import vn.motcua.integration.OutboxMonitor;
import vn.motcua.integration.OutboxState;
import vn.motcua.integration.ServiceTokens;
import vn.motcua.shared.ProblemException;

/**
 * Page "Kết nối, liên thông": the portal connection, the outbox's counts, its failed and pending messages (retry),
 * and the service accounts' tokens (create, shown once; revoke).
 */
@Controller
@RequestMapping("/quan-tri/ket-noi")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class IntegrationPages {

    /** A token as the page lists it, with its state today. */
    record TokenRow(ServiceTokens.TokenInfo info, String state, boolean active) {}

    private final OutboxMonitor outbox;
    private final Integrations integrations;
    private final ServiceTokens tokens;
    private final Clock clock;
    private final NationalCatalogPulls pulls;
    private final PortalReconciliations reconciliations;

    IntegrationPages(OutboxMonitor outbox, Integrations integrations, ServiceTokens tokens, Clock clock,
            NationalCatalogPulls pulls, PortalReconciliations reconciliations) {
        this.pulls = pulls;
        this.reconciliations = reconciliations;
        this.outbox = outbox;
        this.integrations = integrations;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        List<OutboxEntry> failed = outbox.list(OutboxState.FAILED, null, 200);
        List<OutboxEntry> pending = outbox.list(OutboxState.PENDING, null, 200);
        model.addAttribute("portal", integrations.nationalPortal());
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("states", OutboxState.values());
        model.addAttribute("failed", failed);
        model.addAttribute("pending", pending);
        model.addAttribute("delivered", outbox.list(OutboxState.DELIVERED, null, 50));
        model.addAttribute("catalogConfigured", pulls.configured());
        model.addAttribute("pulls", pulls.recent(10));
        model.addAttribute("reconciliations", reconciliations.recent(10));
        var now = clock.instant();
        model.addAttribute("tokens", tokens.list().stream().map(t -> t.revokedAt() != null
                ? new TokenRow(t, "Đã thu hồi", false)
                : t.expiresAt().isAfter(now) ? new TokenRow(t, "Đang dùng", true)
                : new TokenRow(t, "Hết hạn", false)).toList());
        model.addAttribute("roles", List.of(Role.DESK_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD, Role.LEADER,
                Role.CONTROL_OFFICER));
        return "integration/outbox";
    }

    @PostMapping("/tin/{id}/gui-lai")
    String retry(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        try {
            outbox.retry(id, principal.getName());
            redirect.addFlashAttribute("message", "Đã đưa tin số " + id + " vào hàng chờ gửi lại.");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/quan-tri/ket-noi";
    }

    @PostMapping("/danh-muc-quoc-gia")
    String pullCatalog(Principal principal, RedirectAttributes redirect) {
        try {
            NationalCatalogPulls.Pull pull = pulls.pull(principal.getName());
            redirect.addFlashAttribute(pull.errors().isEmpty() ? "message" : "error", "Đã kéo " + pull.listed()
                    + " thủ tục thay đổi từ CSDL quốc gia: " + pull.created() + " dự thảo thủ tục mới, " + pull.changed()
                    + " dự thảo sửa đổi, " + pull.unchanged() + " không đổi, " + pull.skipped() + " bỏ qua"
                    + (pull.errors().isEmpty() ? "." : "; " + pull.errors().size() + " lỗi."));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/quan-tri/ket-noi#danh-muc-quoc-gia";
    }

    @PostMapping("/doi-soat")
    String reconcile(Principal principal, RedirectAttributes redirect) {
        try {
            PortalReconciliations.Reconciliation done = reconciliations.reconcile(principal.getName());
            redirect.addFlashAttribute(done.errors().isEmpty() ? "message" : "error", "Đã đối soát " + done.checked()
                    + " hồ sơ: " + done.matching() + " khớp, " + done.missing() + " Cổng không có, " + done.stale()
                    + " trạng thái cũ; gửi lại " + done.resent() + (done.errors().isEmpty() ? "."
                    : "; " + done.errors().size() + " lỗi."));
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/quan-tri/ket-noi#doi-soat";
    }

    @PostMapping("/tai-khoan")
    String createToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String agencyCode,
            @RequestParam(required = false) List<String> roles, @RequestParam(defaultValue = "30") String days,
            Principal principal, RedirectAttributes redirect) {
        try {
            List<Role> chosen = new ArrayList<>();
            for (String role : roles == null ? List.<String>of() : roles) {
                try {
                    chosen.add(Role.valueOf(role));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalidField("roles", "Vai trò không hợp lệ: " + role);
                }
            }
            int expiresInDays;
            try {
                expiresInDays = Integer.parseInt(days.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField("expiresInDays", "Số ngày hiệu lực phải là số");
            }
            ServiceTokens.Created created = tokens.create(new ServiceTokens.NewToken(name, agencyCode, chosen,
                    expiresInDays), principal.getName());
            redirect.addFlashAttribute("message", "Đã tạo mã truy cập cho \"" + created.info().name()
                    + "\". Hãy sao chép ngay: mã chỉ hiện một lần.");
            redirect.addFlashAttribute("newToken", created.token());
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/quan-tri/ket-noi#tai-khoan-dich-vu";
    }

    @PostMapping("/tai-khoan/{id}/thu-hoi")
    String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        try {
            tokens.revoke(id, principal.getName());
            redirect.addFlashAttribute("message", "Đã thu hồi mã truy cập số " + id + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/quan-tri/ket-noi#tai-khoan-dich-vu";
    }
}
