package vn.motcua.notification.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationEvent;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTemplates;
import vn.motcua.notification.Notifications;
import vn.motcua.shared.ProblemException;

/**
 * Page "Thông báo cho người nộp": which channels are configured, the templates per event and channel (edited with a
 * preview rendered from a sample dossier, without script), and the recent messages with their state.
 */
@Controller
@RequestMapping("/quan-tri/thong-bao")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class NotificationPages {

    /** One template's form: as saved, or as the administrator just posted it (with its preview or refusal). */
    record TemplateForm(NotificationEvent event, NotificationChannel channel, String subject, String body,
            boolean active, String updatedBy, NotificationTemplates.Preview preview, String error) {

        public String id() {
            return event.name().toLowerCase() + "-" + channel.name().toLowerCase();
        }
    }

    private static final int RECENT = 50;

    private final NotificationTemplates templates;
    private final Notifications notifications;

    NotificationPages(NotificationTemplates templates, Notifications notifications) {
        this.templates = templates;
        this.notifications = notifications;
    }

    @GetMapping
    String page(Model model) {
        return render(model, null);
    }

    @PostMapping("/mau")
    String save(@RequestParam String event, @RequestParam String channel,
            @RequestParam(required = false) String subject, @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean active, @RequestParam(defaultValue = "luu") String thaoTac,
            Principal principal, Model model, RedirectAttributes redirect) {
        NotificationTemplates.Change change = new NotificationTemplates.Change(
                vn.motcua.shared.web.Enums.parse(NotificationEvent.class, event, "event"),
                vn.motcua.shared.web.Enums.parse(NotificationChannel.class, channel, "channel"), subject, body, active);
        try {
            if (thaoTac.equals("xem-truoc")) {
                return render(model, new TemplateForm(change.event(), change.channel(), subject, body, active, null,
                        templates.preview(change), null));
            }
            templates.update(List.of(change), principal.getName());
        } catch (ProblemException e) {
            return render(model, new TemplateForm(change.event(), change.channel(), subject, body, active, null, null,
                    e.getMessage()));
        }
        redirect.addFlashAttribute("message", "Đã lưu mẫu \"" + change.event().label() + "\" – "
                + change.channel().label() + ".");
        return "redirect:/quan-tri/thong-bao#mau-" + change.event().name().toLowerCase() + "-"
                + change.channel().name().toLowerCase();
    }

    @PostMapping("/can-bo")
    String officer(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        try {
            notifications.setOfficerEmail(username, email);
            redirect.addFlashAttribute("message", email.isBlank() ? "Đã thôi gửi bản tổng hợp cho " + username.strip()
                    + "." : "Đã lưu địa chỉ nhận bản tổng hợp của " + username.strip() + ".");
        } catch (ProblemException e) {
            redirect.addFlashAttribute("officerError", e.getMessage());
        }
        return "redirect:/quan-tri/thong-bao#tong-hop";
    }

    @PostMapping("/tong-hop")
    String digest(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", notifications.sendDigestNow()
                ? "Đã xếp bản tổng hợp hôm nay vào hàng gửi cho các cán bộ có địa chỉ thư."
                : "Bản tổng hợp hôm nay đã được gửi (hoặc chưa cấu hình thư điện tử); mỗi ngày gửi một lần.");
        return "redirect:/quan-tri/thong-bao#tong-hop";
    }

    private String render(Model model, TemplateForm posted) {
        Map<NotificationEvent, List<TemplateForm>> byEvent = new LinkedHashMap<>();
        for (NotificationTemplate t : templates.list()) {
            TemplateForm form = posted != null && posted.event() == t.event() && posted.channel() == t.channel()
                    ? posted : new TemplateForm(t.event(), t.channel(), t.subject(), t.body(), t.active(),
                            t.updatedBy(), null, null);
            byEvent.computeIfAbsent(t.event(), e -> new ArrayList<>()).add(form);
        }
        model.addAttribute("templates", byEvent);
        model.addAttribute("posted", posted);
        model.addAttribute("placeholders", templates.placeholders());
        model.addAttribute("channels", notifications.channels());
        model.addAttribute("recent", notifications.recent(RECENT));
        model.addAttribute("officers", notifications.officerEmails());
        return "notification/admin";
    }
}
