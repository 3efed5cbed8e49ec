package vn.motcua.feedback.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.feedback.Feedback;
import vn.motcua.feedback.FeedbackAction;
import vn.motcua.feedback.FeedbackCategory;
import vn.motcua.feedback.FeedbackChanged;
import vn.motcua.feedback.FeedbackCommand;
import vn.motcua.feedback.FeedbackEvent;
import vn.motcua.feedback.FeedbackPage;
import vn.motcua.feedback.FeedbackQuery;
import vn.motcua.feedback.FeedbackRating;
import vn.motcua.feedback.FeedbackStatus;
import vn.motcua.feedback.Feedbacks;
import vn.motcua.feedback.NewFeedback;
import vn.motcua.feedback.PublicFeedback;
import vn.motcua.feedback.PublishedAnswer;
import vn.motcua.identity.UserAccount;
import vn.motcua.shared.ProblemException;

/** The register: intake, one transaction per action with its history event, the queues and the public side. */
@Service
class FeedbackService implements Feedbacks {

    private static final String SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MAX_PAGE_SIZE = 200;

    private final FeedbackRepository repository;
    private final FeedbackDeadlines deadlines;
    private final FeedbackAccess access;
    private final FeedbackActions actions;
    private final FeedbackIntake intake;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FeedbackService(FeedbackRepository repository, FeedbackDeadlines deadlines, FeedbackAccess access,
            FeedbackActions actions, FeedbackIntake intake, TransactionTemplate transactions,
            ApplicationEventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.repository = repository;
        this.deadlines = deadlines;
        this.access = access;
        this.actions = actions;
        this.intake = intake;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Received submit(NewFeedback feedback, String idempotencyKey, String username) {
        Instant now = clock.instant();
        UserAccount user = username == null ? null : access.user(username);
        if (user != null && (feedback.agencyCode() == null || feedback.agencyCode().isBlank())) {
            feedback = new NewFeedback(access.homeAgency(user), feedback.kind(), feedback.category(),
                    feedback.subject(), feedback.content(), feedback.procedureCode(), feedback.dossierCode(),
                    feedback.submitter(), feedback.channel(), feedback.receivedAt());
        }
        NewFeedback valid = intake.validate(feedback, user != null, now);
        if (user != null) {
            access.require(user, valid.agencyCode(), FeedbackRules.INTAKE,
                    "Chỉ cán bộ một cửa, cán bộ đầu mối kiểm soát TTHC hoặc lãnh đạo cơ quan tiếp nhận phản ánh, kiến "
                            + "nghị cho cơ quan.");
        }
        return enter(valid, idempotencyKey, username, now, true);
    }

    /**
     * A feedback that came at a past instant on any channel, entered without an official (online, the national
     * system): how the demo's history is written ({@link FeedbackDemoData}).
     */
    Received replaySubmit(NewFeedback feedback, String idempotencyKey) {
        Instant now = clock.instant();
        return enter(intake.validate(feedback, true, now), idempotencyKey, null, now, false);
    }

    private Received enter(NewFeedback valid, String idempotencyKey, String username, Instant now,
            boolean announce) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        try {
            return transactions.execute(status -> {
                if (key != null) {
                    var existing = repository.codeForKey(valid.agencyCode(), key);
                    if (existing.isPresent()) {
                        return replayed(existing.get());
                    }
                }
                Received received = register(valid, key, username, now);
                if (announce) {
                    publisher.publishEvent(new FeedbackChanged(FeedbackChanged.RECEIVED, received.feedback(), now,
                            username));
                }
                return received;
            });
        } catch (DuplicateKeyException e) {
            // A concurrent request with the same key committed first: answer with what it registered.
            return replayed(repository.codeForKey(valid.agencyCode(), key).orElseThrow(() -> e));
        }
    }

    private Received replayed(String code) {
        FeedbackRepository.Row row = repository.find(code).orElseThrow();
        return new Received(row.feedback(), row.lookupSecret(), true);
    }

    private Received register(NewFeedback f, String key, String username, Instant now) {
        LocalDate day = LocalDate.ofInstant(f.receivedAt(), FeedbackDeadlines.VIETNAM);
        RuleSet rules = repository.ruleSet(day);
        int number = repository.takeNumber(f.agencyCode(), day.getYear());
        String code = String.format("%s-PAKN%02d-%05d", f.agencyCode(), day.getYear() % 100, number);
        String secret = secret();
        Schedule schedule = deadlines.from(f.receivedAt(), rules, f.agencyCode());
        long id = repository.insert(new FeedbackRepository.NewRow(code, f.agencyCode(), day.getYear(), number, secret,
                key, FeedbackStatus.RECEIVED, f.kind(), FeedbackCategory.ofNumber(f.category()).orElseThrow(),
                f.subject(), f.content(), f.procedureCode(), f.dossierCode(), f.submitter(), f.channel(),
                f.receivedAt(), username, rules, schedule, now));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("channel", f.channel().name());
        data.put("registerNumber", number);
        repository.appendEvent(id, "received", null, FeedbackStatus.RECEIVED, username, f.receivedAt(),
                f.channel().label(), data);
        return new Received(repository.find(code).orElseThrow().feedback(), secret, false);
    }

    private String secret() {
        StringBuilder secret = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            secret.append(SECRET_ALPHABET.charAt(random.nextInt(SECRET_ALPHABET.length())));
        }
        return secret.toString();
    }

    @Override
    public Feedback get(String code, String username) {
        FeedbackRepository.Row row = find(code);
        access.requireReader(access.user(username), row.feedback().agencyCode());
        return row.feedback();
    }

    private FeedbackRepository.Row find(String code) {
        return repository.find(code == null ? "" : code.strip()).orElseThrow(() -> ProblemException.notFound(
                "Không tìm thấy phản ánh, kiến nghị có số \"" + code + "\"."));
    }

    @Override
    public List<FeedbackEvent> history(String code, String username) {
        FeedbackRepository.Row row = find(code);
        access.requireReader(access.user(username), row.feedback().agencyCode());
        Map<String, String> names = new HashMap<>();
        return repository.events(row.id()).stream().map(e -> new FeedbackEvent(e.action(), label(e.action()),
                e.statusBefore(), e.statusAfter(), e.actor(), e.actor() == null ? null
                        : names.computeIfAbsent(e.actor(), access::fullName), e.at(), e.note(), e.changes()))
                .toList();
    }

    static String label(String action) {
        if ("received".equals(action)) {
            return "Tiếp nhận, vào sổ";
        }
        return java.util.Arrays.stream(FeedbackAction.values()).filter(a -> a.slug().equals(action))
                .map(FeedbackAction::label).findFirst().orElse(action);
    }

    @Override
    public FeedbackPage<Feedback> queue(FeedbackQuery query, String username) {
        UserAccount user = access.user(username);
        String agency = query.agency() != null ? query.agency() : access.homeAgency(user);
        access.requireReader(user, agency);
        int size = Math.max(1, Math.min(query.size() <= 0 ? 20 : query.size(), MAX_PAGE_SIZE));
        int page = Math.max(0, query.page());
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder("f.agency_code = :agency");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agency);
        if (query.status() != null) {
            where.append(" AND f.status = :status");
            params.put("status", query.status().name());
        }
        if (query.overdue()) {
            where.append(" AND f.stage_due < :now");
            params.put("now", FeedbackRepository.ts(now));
        } else if (query.nearDue()) {
            where.append(" AND f.stage_due >= :now AND f.stage_due <= :near");
            params.put("now", FeedbackRepository.ts(now));
            params.put("near", FeedbackRepository.ts(deadlines.nearDueLimit(now, agency)));
        }
        if (query.assignedToMe()) {
            where.append(" AND f.assignee = :me");
            params.put("me", username);
        }
        if (query.q() != null && !query.q().isBlank()) {
            where.append(" AND (f.code = :code"
                    + " OR to_tsvector('simple', f.register_text) @@ plainto_tsquery('simple', catalog_fold(:q)))");
            params.put("code", query.q().strip());
            params.put("q", query.q().strip());
        }
        String order = query.overdue() || query.nearDue() ? FeedbackRepository.MOST_URGENT : FeedbackRepository.NEWEST;
        List<Feedback> items = repository.page(where.toString(), order, params, size, page * size).stream()
                .map(FeedbackRepository.Row::feedback).toList();
        return new FeedbackPage<>(items, page, size, repository.count(where.toString(), params));
    }

    @Override
    public Set<FeedbackAction> availableActions(Feedback feedback, String username) {
        UserAccount user = access.user(username);
        Set<FeedbackAction> actions = EnumSet.noneOf(FeedbackAction.class);
        for (FeedbackAction action : FeedbackRules.allowed(feedback.status())) {
            if (access.may(user, feedback, action)) {
                actions.add(action);
            }
        }
        return actions;
    }

    @Override
    public Feedback act(String code, FeedbackAction action, Integer version, FeedbackCommand command,
            String username) {
        UserAccount user = access.user(username);
        if (action == FeedbackAction.RATE) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Chỉ người gửi phản ánh, kiến nghị đánh giá, "
                    + "bằng số phản ánh và mã tra cứu.");
        }
        return transactions.execute(status -> {
            FeedbackRepository.Row row = lock(code);
            Feedback f = row.feedback();
            access.requireReader(user, f.agencyCode());
            checkVersion(f, version);
            checkTransition(f, action);
            access.requireMay(user, f, action);
            Instant now = clock.instant();
            perform(row, action, command, username, now);
            Feedback after = repository.find(f.code()).orElseThrow().feedback();
            publisher.publishEvent(new FeedbackChanged(action.slug(), after, now, username));
            return after;
        });
    }

    /**
     * An action at a past instant, by the named official, under the same rules but without the access check: how
     * the demo's history is written ({@link FeedbackDemoData}).
     */
    Feedback replay(String code, FeedbackAction action, FeedbackCommand command, String username, Instant at) {
        return transactions.execute(status -> {
            FeedbackRepository.Row row = lock(code);
            checkTransition(row.feedback(), action);
            perform(row, action, command, username, at);
            return repository.find(code).orElseThrow().feedback();
        });
    }

    private FeedbackRepository.Row lock(String code) {
        return repository.lock(code == null ? "" : code.strip()).orElseThrow(() -> ProblemException.notFound(
                "Không tìm thấy phản ánh, kiến nghị có số \"" + code + "\"."));
    }

    private static void checkVersion(Feedback f, Integer version) {
        if (version != null && version != f.version()) {
            throw new ProblemException(ProblemException.Kind.PRECONDITION_FAILED, "Phản ánh, kiến nghị " + f.code()
                    + " đã được cập nhật (phiên bản " + f.version() + ", bạn đang xem phiên bản " + version
                    + "). Hãy tải lại để xem thay đổi trước khi thao tác.");
        }
    }

    private static void checkTransition(Feedback f, FeedbackAction action) {
        if (!FeedbackRules.allows(f.status(), action)) {
            throw ProblemException.conflict("Không thể thực hiện \"" + action.label() + "\" khi phản ánh, kiến nghị "
                    + "đang ở trạng thái \"" + f.status().label() + "\".");
        }
    }

    /** One action: its changes, written with the version moved on, and its history event. */
    private void perform(FeedbackRepository.Row row, FeedbackAction action, FeedbackCommand c, String actor,
            Instant now) {
        FeedbackActions.Change change = actions.change(row, action, c, actor, now);
        repository.update(row.id(), change.columns(), now);
        FeedbackStatus before = row.feedback().status();
        FeedbackStatus after = (FeedbackStatus) change.columns().getOrDefault("status", before);
        repository.appendEvent(row.id(), action.slug(), before, after, actor, now, change.note(),
                FeedbackActions.beforeAfter(row.columns(), change.columns()));
    }

    @Override
    public PublicFeedback lookup(String code, String secret) {
        return toPublic(authenticated(code, secret));
    }

    private FeedbackRepository.Row authenticated(String code, String secret) {
        ProblemException notFound = ProblemException.notFound("Không tìm thấy phản ánh, kiến nghị với số và mã tra "
                + "cứu đã nhập.");
        if (code == null || secret == null) {
            throw notFound;
        }
        FeedbackRepository.Row row = repository.find(code.strip()).orElseThrow(() -> notFound);
        if (!java.security.MessageDigest.isEqual(row.lookupSecret().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                secret.strip().toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            throw notFound;
        }
        return row;
    }

    private PublicFeedback toPublic(FeedbackRepository.Row row) {
        Feedback f = row.feedback();
        List<PublicFeedback.Step> steps = new ArrayList<>();
        for (FeedbackEvent e : repository.events(row.id())) {
            steps.add(new PublicFeedback.Step(label(e.action()), e.at(), e.statusAfter().label()));
        }
        boolean answered = f.status() == FeedbackStatus.ANSWERED || f.status() == FeedbackStatus.PUBLISHED;
        return new PublicFeedback(f.code(), f.agencyCode(), f.status(), f.kind(), f.category(), f.subject(),
                f.receivedAt(), f.deadlines().handling(),
                f.status() == FeedbackStatus.SUPPLEMENT_REQUESTED ? f.handling().supplementRequest() : null,
                f.handling().rejectReason(), f.handling().forwardTarget(), answered ? f.answer().text() : null,
                answered ? f.answer().outcome() : null, answered ? f.answer().answeredAt() : null,
                f.answer().publishedAt(), f.rated().rating(), steps);
    }

    @Override
    public PublicFeedback rate(String code, String secret, FeedbackRating rating, String comment, Integer version) {
        return transactions.execute(status -> {
            authenticated(code, secret);
            FeedbackRepository.Row row = lock(code);
            checkVersion(row.feedback(), version);
            checkTransition(row.feedback(), FeedbackAction.RATE);
            perform(row, FeedbackAction.RATE, new FeedbackCommand(null, null, null, null, null, null, null, null,
                    null, rating, comment, null), null, clock.instant());
            return toPublic(repository.find(row.feedback().code()).orElseThrow());
        });
    }

    @Override
    public PublicFeedback supplement(String code, String secret, String text) {
        String supplement = blank(text);
        if (supplement == null) {
            throw ProblemException.invalidField("text", "Cần nhập thông tin bổ sung theo đề nghị của cơ quan.");
        }
        if (supplement.length() > 10_000) {
            throw ProblemException.invalidField("text", "Thông tin bổ sung tối đa 10.000 ký tự.");
        }
        return transactions.execute(status -> {
            authenticated(code, secret);
            FeedbackRepository.Row row = lock(code);
            checkTransition(row.feedback(), FeedbackAction.RECEIVE_SUPPLEMENT);
            perform(row, FeedbackAction.RECEIVE_SUPPLEMENT, new FeedbackCommand(null, null, null, null, null, null,
                    null, null, null, null, null, "Người gửi bổ sung trực tuyến: " + supplement), null,
                    clock.instant());
            return toPublic(repository.find(row.feedback().code()).orElseThrow());
        });
    }

    @Override
    public FeedbackPage<PublishedAnswer> publishedAnswers(String agency, String q, int page, int size) {
        if (agency == null || agency.isBlank()) {
            throw ProblemException.invalidField("agency", "Cần chọn cơ quan (mã cơ quan, ví dụ 000.00.22.H05).");
        }
        int limit = Math.max(1, Math.min(size <= 0 ? 20 : size, MAX_PAGE_SIZE));
        int offset = Math.max(0, page) * limit;
        String words = blank(q);
        return new FeedbackPage<>(repository.answers(agency.strip(), words, limit, offset), Math.max(0, page), limit,
                repository.countAnswers(agency.strip(), words));
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
