package vn.motcua.notification.internal;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackChanged;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.integration.Outbox;
import vn.motcua.notification.NotificationChannel;
import vn.motcua.notification.NotificationEvent;
import vn.motcua.notification.NotificationTemplate;

/**
 * Turns dossier and feedback changes into messages, in the changing transaction (plain synchronous listeners: the
 * messages commit or roll back with the change). For each channel the applicant chose (or, without a recorded choice,
 * each address given: e-mail, SMS to the phone) that has an address, an active template and a configured server, it
 * renders the template, records the message with its legal basis and queues it in the outbox (target = the channel,
 * ordering key = the code, so one dossier's messages on one channel go out in order). A message whose template breaks
 * a channel's rule with the real values is recorded as failed with the reason, never sent; the change goes on.
 */
@Component
class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
    private static final Map<String, NotificationEvent> DOSSIER_ACTIONS = Map.of(
            DossierAction.RECEIVE.slug(), NotificationEvent.RECEIVED,
            DossierAction.REFUSE.slug(), NotificationEvent.REFUSED,
            DossierAction.REQUEST_COMPLETION.slug(), NotificationEvent.SUPPLEMENT_REQUESTED,
            DossierAction.REQUEST_SUPPLEMENT.slug(), NotificationEvent.SUPPLEMENT_REQUESTED,
            DossierAction.REQUEST_PAYMENT.slug(), NotificationEvent.PAYMENT_REQUESTED,
            DossierAction.RESOLVE.slug(), NotificationEvent.RESULT_READY,
            DossierAction.RETURN_RESULT.slug(), NotificationEvent.RESULT_RETURNED,
            DossierAction.WITHDRAW.slug(), NotificationEvent.WITHDRAWN);

    private final NotificationRepository repository;
    private final ChannelEndpoints endpoints;
    private final Outbox outbox;
    private final Agencies agencies;
    private final JsonMapper json;

    NotificationSender(NotificationRepository repository, ChannelEndpoints endpoints, Outbox outbox,
            Agencies agencies, JsonMapper json) {
        this.repository = repository;
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.agencies = agencies;
        this.json = json;
    }

    @EventListener
    void on(DossierChanged change) {
        if (change.code() == null || change.dossier() == null) {
            return;
        }
        NotificationEvent event;
        if (DossierChanged.REGISTERED.equals(change.action())) {
            if (change.facts().get("noticeChannels") instanceof Collection<?> chosen) {
                Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
                chosen.forEach(c -> channels.add(NotificationChannel.valueOf(String.valueOf(c))));
                repository.choose(change.code(), channels, change.actor(), change.at());
            }
            event = change.status() == DossierStatus.RECEIVED ? NotificationEvent.RECEIVED : null;
        } else {
            event = DOSSIER_ACTIONS.get(change.action());
        }
        if (event == null) {
            return;
        }
        DossierChanged.Snapshot d = change.dossier();
        Applicant applicant = d.applicant();
        if (applicant == null || !reachable(applicant.email(), applicant.phone())) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("maHoSo", change.code());
        values.put("tenThuTuc", d.procedureName());
        values.put("nguoiNop", applicant.name());
        values.put("coQuan", agencyName(change.agencyCode()));
        values.put("ngay", DATE.format(change.at()));
        values.put("ngayHenTra", d.dueAt() == null ? "chưa xác định" : DATE.format(d.dueAt()));
        values.put("lyDo", change.reason() == null ? "" : change.reason());
        values.put("soTien", money(d.feesDueVnd()));
        values.put("trangThai", change.status() == null ? "" : change.status().label());
        send(change.code(), event, values, applicant.email(), applicant.phone(),
                repository.choice(change.code()), change.at());
    }

    @EventListener
    void on(FeedbackChanged change) {
        NotificationEvent event = FeedbackChanged.RECEIVED.equals(change.action()) ? NotificationEvent.FEEDBACK_RECEIVED
                : FeedbackAction.ANSWER.slug().equals(change.action()) ? NotificationEvent.FEEDBACK_ANSWERED : null;
        Feedback f = change.feedback();
        if (event == null || f.submitter() == null || !reachable(f.submitter().email(), f.submitter().phone())) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("soPhanAnh", f.code());
        values.put("tieuDe", f.subject());
        values.put("nguoiNop", f.submitter().name());
        values.put("coQuan", agencyName(f.agencyCode()));
        // a feedback entered by an official may have been received earlier (by post, at the desk)
        values.put("ngay", DATE.format(event == NotificationEvent.FEEDBACK_RECEIVED && f.receivedAt() != null
                ? f.receivedAt() : change.at()));
        values.put("trangThai", f.status().label());
        send(f.code(), event, values, f.submitter().email(), f.submitter().phone(), Optional.empty(), change.at());
    }

    /**
     * Whether some configured channel has an address for the person: if none has, there is nothing to send, and the
     * message's values (the agency's name, the recorded choice) are not looked up at all.
     */
    private boolean reachable(String email, String phone) {
        for (NotificationChannel channel : NotificationChannel.values()) {
            if (address(channel, email, phone) != null && endpoints.on(channel)) {
                return true;
            }
        }
        return false;
    }

    private static String address(NotificationChannel channel, String email, String phone) {
        return channel == NotificationChannel.EMAIL ? blankToNull(email) : phoneNumber(phone);
    }

    private void send(String code, NotificationEvent event, Map<String, String> values, String email, String phone,
            Optional<Set<NotificationChannel>> chosen, Instant now) {
        for (NotificationChannel channel : NotificationChannel.values()) {
            String address = address(channel, email, phone);
            boolean wanted = chosen.map(c -> c.contains(channel)).orElse(channel != NotificationChannel.ZALO);
            if (!wanted || address == null || !endpoints.on(channel)) {
                continue;
            }
            NotificationTemplate template = repository.template(event, channel).orElse(null);
            if (template == null || !template.active()) {
                continue;
            }
            String basis = legalBasis(code, event, channel, chosen.isPresent());
            TemplateText.Rendered message;
            try {
                message = TemplateText.render(channel, template.subject(), template.body(), values);
            } catch (IllegalArgumentException e) {
                long id = repository.insert(code, event, channel, address, template.subject(),
                        TemplateText.fill(template.body(), values), basis, now);
                repository.notRendered(id, e.getMessage(), now);
                log.warn("Notification {} of {} on {} not sent: {}", event, code, channel, e.getMessage());
                continue;
            }
            long id = repository.insert(code, event, channel, address, message.subject(), message.body(), basis, now);
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("notification", id);
            payload.put("code", code);
            payload.put("to", address);
            payload.put("subject", message.subject());
            payload.put("body", message.body());
            long outboxId = outbox.enqueue(new Outbox.Message(channel.target(), code, event.name(),
                    json.writeValueAsString(payload)));
            repository.queued(id, outboxId);
        }
    }

    /** The service notice the message is, and why this address (PDPL: the legal basis of the processing). */
    private static String legalBasis(String code, NotificationEvent event, NotificationChannel channel,
            boolean chosen) {
        String subject = event.feedback() ? "phản ánh, kiến nghị số " + code + " (Nghị định 20/2008/NĐ-CP)"
                : "hồ sơ " + code + " (cơ chế một cửa, Nghị định 61/2018/NĐ-CP)";
        String why = chosen ? "người nộp đã chọn nhận thông báo qua " + channel.label().toLowerCase(Locale.ROOT)
                : channel == NotificationChannel.EMAIL ? "người nộp đã ghi địa chỉ thư điện tử để liên hệ"
                : "người nộp đã ghi số điện thoại để liên hệ";
        return "Thông báo dịch vụ công: " + event.label().toLowerCase(Locale.ROOT) + ", " + subject + "; " + why + ".";
    }

    private String agencyName(String code) {
        try {
            return agencies.find(new AgencyCode(code)).map(Agency::name).orElse(code);
        } catch (RuntimeException e) {
            return code;
        }
    }

    static String money(long vnd) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(vnd) + " đồng";
    }

    /** The phone in the 84… form the providers take, or null when none (or not a Vietnamese number) was given. */
    static String phoneNumber(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        }
        if (digits.startsWith("0")) {
            digits = "84" + digits.substring(1);
        }
        return digits.matches("84\\d{9,10}") ? digits : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
