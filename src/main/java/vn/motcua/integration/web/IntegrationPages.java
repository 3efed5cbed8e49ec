package vn.motcua.integration.web;

import java.security.Principal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.integration.Integrations;
import vn.motcua.integration.OutboxEntry;
import vn.motcua.integration.OutboxMonitor;
import vn.motcua.integration.OutboxState;
import vn.motcua.shared.ProblemException;

/** Page "Kết nối, liên thông": the portal connection, the outbox's counts, its failed and pending messages, retry. */
@Controller
@RequestMapping("/quan-tri/ket-noi")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class IntegrationPages {

    private final OutboxMonitor outbox;
    private final Integrations integrations;

    IntegrationPages(OutboxMonitor outbox, Integrations integrations) {
        this.outbox = outbox;
        this.integrations = integrations;
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
}
