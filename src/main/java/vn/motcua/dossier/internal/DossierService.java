package vn.motcua.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Channel;
import vn.motcua.catalog.Fee;
import vn.motcua.catalog.InternalProcedure;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.documents.FormKind;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.ControlSheetRow;
import vn.motcua.dossier.DocumentUpload;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierChanged;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.dossier.DossierEvent;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.NewDossier;
import vn.motcua.dossier.PublicDossier;
import vn.motcua.dossier.QueuePage;
import vn.motcua.dossier.QueueQuery;
import vn.motcua.dossier.SubmissionChannel;
import vn.motcua.dossier.SubmittedDossier;
import vn.motcua.dossier.internal.rules.RuleSet;
import vn.motcua.dossier.internal.rules.Transitions;
import vn.motcua.identity.UserAccount;
import vn.motcua.shared.ProblemException;

/**
 * Registers dossiers and applies actions: each command locks the dossier row, checks the version, the access rules
 * and the state machine, lets the action's handler change the state, then writes the row, one history event with
 * before/after values, and the forms the action issues, numbered and recorded with their data — all in one
 * transaction; the forms' PDFs are rendered by a job after it commits.
 */
@Service
class DossierService implements Dossiers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final DossierRepository repository;
    private final EventRepository events;
    private final FeeRepository fees;
    private final RuleSetRepository ruleSets;
    private final DossierCodes codes;
    private final DossierAccess access;
    private final Catalog catalog;
    private final Deadlines deadlines;
    private final DossierReader reader;
    private final DossierDocuments documents;
    private final DossierForms forms;
    private final Map<DossierAction, ActionHandler> handlers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final vn.motcua.identity.Agencies agencies;
    private final ApplicationEventPublisher publisher;

    DossierService(DossierRepository repository, EventRepository events, FeeRepository fees,
            RuleSetRepository ruleSets, DossierCodes codes, DossierAccess access, Catalog catalog,
            Deadlines deadlines, DossierReader reader, DossierDocuments documents, DossierForms forms,
            List<ActionHandler> handlers, TransactionTemplate transactions, Clock clock,
            vn.motcua.identity.Agencies agencies, ApplicationEventPublisher publisher) {
        this.agencies = agencies;
        this.publisher = publisher;
        this.repository = repository;
        this.events = events;
        this.fees = fees;
        this.ruleSets = ruleSets;
        this.codes = codes;
        this.access = access;
        this.catalog = catalog;
        this.deadlines = deadlines;
        this.reader = reader;
        this.documents = documents;
        this.forms = forms;
        this.handlers = handlers.stream().flatMap(h -> h.handles().stream().map(a -> Map.entry(a, h)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.transactions = transactions;
        this.clock = clock;
        if (!this.handlers.keySet().containsAll(EnumSet.allOf(DossierAction.class))) {
            throw new IllegalStateException("Actions without a handler: "
                    + EnumSet.complementOf(EnumSet.copyOf(this.handlers.keySet())));
        }
    }

    @Override
    public Registration register(NewDossier request, String actor) {
        validate(request);
        String key = request.idempotencyKey() == null || request.idempotencyKey().isBlank() ? null
                : request.idempotencyKey().strip();
        String hash = fingerprint(request);
        if (key != null) {
            var earlier = replay(actor, key, hash);
            if (earlier != null) {
                return earlier;
            }
        }
        try {
            return new Registration(transactions.execute(status -> registerInTransaction(request, actor, key, hash)),
                    false);
        } catch (DuplicateKeyException raced) {
            var earlier = key == null ? null : replay(actor, key, hash);
            if (earlier == null) {
                throw raced;
            }
            return earlier;
        }
    }

    private Registration replay(String actor, String key, String hash) {
        return repository.findByIdempotencyKey(actor, key).map(found -> {
            if (!Objects.equals(found.requestHash(), hash)) {
                throw new ProblemException(ProblemException.Kind.UNPROCESSABLE, "Khóa Idempotency-Key \"" + key
                        + "\" đã được dùng cho một hồ sơ khác (" + found.code() + "); hãy dùng khóa mới cho hồ sơ mới.");
            }
            return new Registration(get(found.code(), actor), true);
        }).orElse(null);
    }

    private Dossier registerInTransaction(NewDossier request, String actor, String key, String hash) {
        UserAccount user = access.user(actor);
        access.requireCanRegister(user, request.agencyCode(), request.channel(), request.receive());
        ProcedureVersion procedure = catalog.requireAcceptingDossiers(request.agencyCode(), request.procedureCode());
        requireChannelOffered(procedure, request.channel());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, deadlines.zone(request.agencyCode()));
        RuleSet rules = ruleSets.inForceOn(today);

        DossierState d = new DossierState();
        d.agencyCode = request.agencyCode();
        d.procedureCode = procedure.code();
        d.procedureVersion = procedure.version();
        d.procedureName = procedure.name();
        d.fieldName = procedure.content().fieldName();
        d.ruleSet = rules.id();
        d.channel = request.channel();
        d.resultDelivery = request.resultDelivery();
        d.applicant = request.applicant();
        d.applicantUsername = user != null && user.hasRole(vn.motcua.identity.Role.APPLICANT) ? user.username() : null;
        d.lookupSecret = newSecret();
        d.status = DossierStatus.SUBMITTED;
        d.stage = vn.motcua.dossier.Stage.AT_DESK;
        d.submittedAt = now;
        d.feesDueVnd = procedure.content().fees().stream().map(Fee::amountVnd).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum();
        d.createdBy = actor;
        d.version = 1;
        d.id = repository.insert(d, key, hash, now);
        for (Fee fee : procedure.content().fees()) {
            if (fee.amountVnd() != null && fee.amountVnd() > 0) {
                fees.add(d.id, fee.name() == null ? "Phí, lệ phí" : fee.name(), fee.amountVnd(), null, false);
            }
        }
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("channel", d.channel);
        created.put("procedure", d.procedureCode + " (phiên bản " + d.procedureVersion + ")");
        created.put("ruleSet", rules.id());
        if (request.noticeChannels() != null) {
            // the applicant's choice of notification channels, kept with the registration (module notification)
            created.put("noticeChannels", request.noticeChannels().stream().map(Enum::name).sorted().toList());
        }
        events.append(d.id, new EventRepository.NewEvent("created", "Đăng ký hồ sơ (" + d.channel.label() + ")", now,
                actor, null, null, d.snapshot(), created, true));
        // read once: the receipt's action and the reply name the current step from it (only a received dossier has one)
        InternalProcedure internalProcedure = request.receive() ? internalProcedure(d) : null;
        List<DossierForms.Prepared> receipt = request.receive()
                ? perform(d, DossierAction.RECEIVE, () -> new ActionCommand.Receive(null, request.receivedComponents()),
                        actor, user, now, rules, procedure, internalProcedure, false)
                : List.of();
        // The day's code row stays locked until commit: taken last, it serializes registrations for a few statements.
        d.code = codes.next(request.agencyCode(), today, rules, d.procedureCode);
        if (request.receive()) {
            repository.update(d, now); // the receipt's changes and the code, in one write of the row
        } else {
            repository.assignCode(d.id, d.code);
        }
        forms.issue(receipt);
        publisher.publishEvent(changed(d, DossierChanged.REGISTERED, request.receive()
                ? "Tiếp nhận hồ sơ (" + d.channel.label() + ")" : "Đăng ký hồ sơ (" + d.channel.label() + ")", now,
                actor, null, created));
        return reader.toDossier(d, now, internalProcedure);
    }

    @Override
    public Acted act(String code, DossierAction action, int expectedVersion,
            Supplier<? extends ActionCommand> command, String actor) {
        return transactions.execute(status -> {
            DossierState d = repository.lock(code).orElseThrow(() -> notFound(code));
            UserAccount user = access.user(actor);
            access.requireCanRead(user, d);
            if (expectedVersion != d.version) {
                throw new ProblemException(ProblemException.Kind.PRECONDITION_FAILED, "Hồ sơ " + code
                        + " đã được cập nhật bởi người khác (phiên bản hiện tại " + d.version + ", bạn gửi phiên bản "
                        + expectedVersion + "). Hãy tải lại hồ sơ và thực hiện lại thao tác.");
            }
            access.requireCanAct(user, d, action);
            Instant now = clock.instant();
            InternalProcedure internalProcedure = internalProcedure(d);
            forms.issue(perform(d, action, command, actor, user, now, ruleSets.byId(d.ruleSet),
                    catalog.version(d.agencyCode, d.procedureCode, d.procedureVersion), internalProcedure, true));
            // an action never changes the dossier's procedure version, so the internal procedure read above still
            // names its current step
            return new Acted(reader.toDossier(d, now, internalProcedure), available(d, user));
        });
    }

    /**
     * Applies one action to the locked dossier and records it; the caller's transaction commits it. The command is
     * built once the state machine and the handler's own checks let the action through. Returns the forms the action
     * issues, prepared, for the caller to number ({@link DossierForms#issue}) as late as it can. With
     * {@code writeRow} false the caller writes the dossier's row itself, later in the transaction (a registration
     * writes its receipt's changes once, with the code).
     */
    private List<DossierForms.Prepared> perform(DossierState d, DossierAction action,
            Supplier<? extends ActionCommand> input, String actor, UserAccount user, Instant now, RuleSet rules,
            ProcedureVersion procedure, InternalProcedure internalProcedure, boolean writeRow) {
        DossierStatus next = Transitions.next(d.status, action);
        Map<String, Object> before = d.snapshot();
        ActionContext ctx = new ActionContext(d, action, actor, user, now, rules, procedure, internalProcedure);
        ActionHandler handler = handlers.get(action);
        handler.check(ctx);
        ActionCommand command = input.get();
        if (command.action() != action) {
            throw new IllegalArgumentException("A " + command.action() + " command for the action " + action);
        }
        handler.apply(ctx, command);
        d.status = next;
        if (writeRow) {
            repository.update(d, now);
        }
        DossierState.Changes changes = DossierState.Changes.between(before, d.snapshot());
        if (!ctx.forms.isEmpty()) {
            ctx.data.put("forms", ctx.forms.stream().map(FormKind::slug).toList());
        }
        events.append(d.id, new EventRepository.NewEvent(action.slug(), action.label(), now, actor,
                command.reason(), changes.before(), changes.after(), ctx.data, ctx.publicStep));
        if (d.code != null) {
            // a registration's own receipt is announced once, by the registration (the code is taken after it)
            publisher.publishEvent(changed(d, action.slug(), action.label(), now, actor, command.reason(), ctx.data));
        }
        return ctx.forms.stream().map(form -> forms.prepare(d, form, ctx, command, now, actor)).toList();
    }

    /** The approved internal procedure of the dossier's procedure version, if it has one. */
    private InternalProcedure internalProcedure(DossierState d) {
        return catalog.internalProcedure(d.agencyCode, d.procedureCode, d.procedureVersion).orElse(null);
    }

    /** The change as other modules see it: one small record of what is in memory, no query. */
    static DossierChanged changed(DossierState d, String action, String label, Instant at, String actor,
            String reason, Map<String, Object> facts) {
        return new DossierChanged(d.code, d.agencyCode, action, label, d.status, at, actor, reason,
                facts == null ? Map.of() : Map.copyOf(facts.entrySet().stream().filter(e -> e.getValue() != null)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))),
                new DossierChanged.Snapshot(d.procedureCode, d.procedureName, d.fieldName, d.channel,
                        d.resultDelivery, d.applicant, d.submittedAt, d.receivedAt, d.dueAt, d.finishedAt,
                        d.returnedAt, d.outcome, d.currentUnit, d.assignee, d.feesDueVnd, d.digitized, d.version));
    }

    @Override
    public Dossier get(String code, String actor) {
        DossierState d = readable(code, actor);
        return reader.toDossier(d, clock.instant());
    }

    @Override
    public List<DossierEvent> history(String code, String actor) {
        return events.list(readable(code, actor).id);
    }

    @Override
    public Set<DossierAction> availableActions(String code, String actor) {
        DossierState d = repository.find(code).orElseThrow(() -> notFound(code));
        UserAccount user = access.user(actor);
        access.requireCanRead(user, d);
        return available(d, user);
    }

    private Set<DossierAction> available(DossierState d, UserAccount user) {
        return Transitions.available(d.status).stream().filter(action -> access.canAct(user, d, action))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DossierAction.class)));
    }

    @Override
    public QueuePage queue(QueueQuery query, String actor) {
        return reader.queue(query, access.user(actor), clock.instant());
    }

    @Override
    public List<SubmittedDossier> submittedBy(String actor, int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalidField("limit", "Số hồ sơ cần lấy phải từ 1 đến 500");
        }
        UserAccount user = access.user(actor);
        return user == null ? List.of() : reader.submittedBy(user.username(), limit);
    }

    @Override
    public PublicDossier lookup(String code, String secret) {
        return reader.lookup(code, secret);
    }

    @Override
    public List<DossierDocument> addDocuments(String code, String stage, List<DocumentUpload> uploads, String actor) {
        return transactions.execute(status -> {
            DossierState d = repository.lock(code).orElseThrow(() -> notFound(code));
            UserAccount user = access.user(actor);
            access.requireCanRead(user, d);
            return documents.add(d, stage, uploads, user, actor, clock.instant());
        });
    }

    @Override
    public List<DossierDocument> documents(String code, String actor) {
        return documents.list(readable(code, actor));
    }

    @Override
    public byte[] document(String code, long documentId, String actor) {
        return documents.bytes(readable(code, actor), documentId);
    }

    @Override
    public Optional<String> proposedTransferUnit(String code, String actor) {
        DossierState d = readable(code, actor);
        var path = vn.motcua.dossier.internal.rules.WorkflowPath.of(internalProcedure(d), d.branch);
        return WorkflowActions.proposedUnit(path,
                agencies.find(vn.motcua.identity.AgencyCode.parse(d.agencyCode)).orElse(null));
    }

    @Override
    public List<ControlSheetRow> controlSheet(String code, String actor) {
        return reader.controlSheet(readable(code, actor), clock.instant());
    }

    @Override
    public Optional<byte[]> form(String code, String slug, String actor) {
        DossierState d = readable(code, actor);
        Instant now = clock.instant();
        return forms.pdf(d, slug, reader.controlSheet(d, now), now);
    }

    private DossierState readable(String code, String actor) {
        DossierState d = repository.find(code).orElseThrow(() -> notFound(code));
        access.requireCanRead(access.user(actor), d);
        return d;
    }

    static ProblemException notFound(String code) {
        return ProblemException.notFound("Không tìm thấy hồ sơ có mã \"" + code + "\"");
    }

    private static void validate(NewDossier request) {
        if (request.agencyCode() == null || request.agencyCode().isBlank()) {
            throw ProblemException.invalidField("agencyCode", "Thiếu mã cơ quan tiếp nhận");
        }
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw ProblemException.invalidField("procedureCode", "Thiếu mã thủ tục hành chính");
        }
        if (request.channel() == null) {
            throw ProblemException.invalidField("channel", "Thiếu kênh nộp hồ sơ (DIRECT, POSTAL hoặc ONLINE)");
        }
        if (request.applicant() == null) {
            throw ProblemException.invalidField("applicant", "Thiếu thông tin người nộp hồ sơ");
        }
        if (request.noticeChannels() != null) {
            for (vn.motcua.dossier.NoticeChannel channel : request.noticeChannels()) {
                if (!channel.reaches(request.applicant())) {
                    throw ProblemException.invalidField("noticeChannels", "Đã chọn nhận thông báo qua "
                            + channel.label().toLowerCase(java.util.Locale.ROOT) + " nhưng chưa ghi "
                            + (channel == vn.motcua.dossier.NoticeChannel.EMAIL ? "địa chỉ thư điện tử"
                            : "số điện thoại") + " của người nộp");
                }
            }
        }
    }

    private static void requireChannelOffered(ProcedureVersion procedure, SubmissionChannel channel) {
        if (channel != SubmissionChannel.ONLINE) {
            return;
        }
        OnlineLevel level = procedure.content().onlineLevel();
        boolean online = level == OnlineLevel.FULL || level == OnlineLevel.PARTIAL
                || procedure.content().channels().contains(Channel.ONLINE);
        if (!online) {
            throw ProblemException.conflict("Thủ tục \"" + procedure.name() + "\" chưa cung cấp dịch vụ công trực "
                    + "tuyến; hãy nộp hồ sơ trực tiếp hoặc qua bưu chính công ích.");
        }
    }

    private static String fingerprint(NewDossier r) {
        String canonical = String.join("\u001f", r.agencyCode(), r.procedureCode(), String.valueOf(r.channel()),
                String.valueOf(r.resultDelivery()), String.valueOf(r.applicant()), String.valueOf(r.receive()),
                String.valueOf(r.receivedComponents()))
                + (r.noticeChannels() == null ? "" : "\u001f" + r.noticeChannels().stream().map(Enum::name).sorted()
                        .toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Eight characters from an alphabet without look-alikes (no 0/O, 1/I), e.g. "K7M2Q9XP". */
    static String newSecret() {
        char[] secret = new char[8];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = SECRET_ALPHABET[RANDOM.nextInt(SECRET_ALPHABET.length)];
        }
        return new String(secret);
    }
}
