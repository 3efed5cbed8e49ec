package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.QueuePage;
import vn.motcua.dossier.QueueQuery;
import vn.motcua.integration.Outbox;
import vn.motcua.platform.JobHandler;
import vn.motcua.platform.Jobs;

/**
 * The officers' daily digest: at {@code motcua.notification.digest-cron} (07:00 on working days by default, Vietnam
 * time) every instance adds the day's job once ({@link Jobs#enqueueOnce}, keyed by the day), so one of them queues
 * it; that job ({@link Day}) queues one job per officer with an e-mail address ({@code notification_officer_email}).
 * Each of these reads that officer's own queue through the engine (the same scope as their "Hồ sơ" page: overdue,
 * then near due, up to {@value #LIMIT} each) and, when there is something, queues one e-mail in the outbox. Nothing is
 * sent while e-mail is not configured.
 */
@Component
class OfficerDigest implements JobHandler {

    static final String KIND = "notification.digest";
    static final String DAY = "notification.digest.day";
    private static final int LIMIT = 50;
    private static final Logger log = LoggerFactory.getLogger(OfficerDigest.class);

    private final NotificationRepository repository;
    private final ChannelEndpoints endpoints;
    private final Dossiers dossiers;
    private final Outbox outbox;
    private final Jobs jobs;
    private final JsonMapper json;
    private final Clock clock;

    OfficerDigest(NotificationRepository repository, ChannelEndpoints endpoints, Dossiers dossiers, Outbox outbox,
            Jobs jobs, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.endpoints = endpoints;
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(cron = "${motcua.notification.digest-cron:0 0 7 * * MON-FRI}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        queueToday();
    }

    /** Queues today's digest; false when it was queued already (by any instance) or e-mail is off. */
    boolean queueToday() {
        if (!endpoints.on(vn.motcua.notification.NotificationChannel.EMAIL)) {
            return false;
        }
        String today = LocalDate.ofInstant(clock.instant(), NotificationSender.VIETNAM).toString();
        return jobs.enqueueOnce(DAY, today, today);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String username) {
        NotificationRepository.OfficerEmail officer = repository.officerEmails().stream()
                .filter(o -> o.username().equals(username)).findFirst().orElse(null);
        if (officer == null) {
            return;
        }
        List<QueuePage.Item> overdue;
        List<QueuePage.Item> nearDue;
        try {
            overdue = dossiers.queue(query(true), username).items();
            nearDue = dossiers.queue(query(false), username).items();
        } catch (RuntimeException e) {
            log.warn("No digest for {}: their queue cannot be read ({})", username, e.getMessage());
            return;
        }
        if (overdue.isEmpty() && nearDue.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String day = NotificationSender.DATE.format(now);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", "digest-" + username);
        payload.put("to", officer.email());
        payload.put("subject", "Hồ sơ quá hạn, sắp đến hạn trong hàng đợi của bạn ngày " + day);
        payload.put("body", body(overdue, nearDue, day));
        outbox.enqueue(new Outbox.Message(EmailTarget.NAME, "digest/" + username, "officer-digest",
                json.writeValueAsString(payload)));
    }

    /** The day's digest: one job per officer with an address, each run on whichever instance is free. */
    @Component
    static class Day implements JobHandler {
        private final NotificationRepository repository;
        private final Jobs jobs;

        Day(NotificationRepository repository, Jobs jobs) {
            this.repository = repository;
            this.jobs = jobs;
        }

        @Override
        public String kind() {
            return DAY;
        }

        @Override
        public void run(String day) {
            repository.officerEmails().forEach(officer -> jobs.enqueue(KIND, officer.username()));
        }
    }

    private static QueueQuery query(boolean overdue) {
        return new QueueQuery(null, null, null, null, false, overdue, !overdue, null, null, null, 0, LIMIT);
    }

    static String body(List<QueuePage.Item> overdue, List<QueuePage.Item> nearDue, String day) {
        List<String> lines = new ArrayList<>();
        lines.add("Tình hình hồ sơ trong hàng đợi của bạn ngày " + day + ":");
        lines.add("");
        section(lines, "Quá hạn", overdue);
        section(lines, "Sắp đến hạn", nearDue);
        lines.add("Xem và xử lý tại mục \"Hồ sơ\" của hệ thống một cửa. Thư này được gửi tự động, xin đừng trả lời.");
        return String.join("\n", lines);
    }

    private static void section(List<String> lines, String title, List<QueuePage.Item> items) {
        if (items.isEmpty()) {
            return;
        }
        lines.add(title + " (" + items.size() + (items.size() == LIMIT ? " trở lên" : "") + "):");
        for (QueuePage.Item item : items) {
            lines.add("- " + item.code() + " — " + item.procedureName() + " — " + item.applicantName()
                    + (item.dueAt() == null ? "" : " — hạn " + NotificationSender.DATE.format(item.dueAt())));
        }
        lines.add("");
    }
}
