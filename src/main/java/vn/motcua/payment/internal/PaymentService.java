package vn.motcua.payment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.documents.EReceiptForm;
import vn.motcua.documents.FormRenderer;
import vn.motcua.dossier.ActionCommand;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Role;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.payment.Money;
import vn.motcua.payment.Payment;
import vn.motcua.payment.PaymentChecksum;
import vn.motcua.payment.PaymentMethod;
import vn.motcua.payment.PaymentStatus;
import vn.motcua.payment.Payments;
import vn.motcua.platform.FileStorage;
import vn.motcua.platform.Jobs;
import vn.motcua.shared.ProblemException;

/**
 * Payments: opening one at the platform, its notification, status queries, reconciliation, desk payments, refunds and
 * the e-receipts. A payment becomes paid in one transaction with its receipt number and the dossier's
 * {@code confirm-payment} (when the dossier waits for payment), so the three exist together or not at all.
 */
@Service
class PaymentService implements Payments {

    /** Not a username: the system itself, as the engine knows it. */
    static final String SYSTEM = "system:motcua";
    static final String CALLBACK_PATH = "/api/v1/public/payments/callback";
    static final String RETURN_PATH = "/thanh-toan/ket-qua";

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Set<Role> OFFICIALS = EnumSet.of(Role.DESK_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD,
            Role.LEADER);
    private static final Set<Role> DESK = EnumSet.of(Role.DESK_OFFICER, Role.LEADER);

    private final PaymentRepository repository;
    private final PaymentPlatform platform;
    private final PlatformClient client;
    private final PaymentProperties properties;
    private final Dossiers dossiers;
    private final Users users;
    private final Agencies agencies;
    private final FormRenderer renderer;
    private final TransactionTemplate transactions;
    private final Jobs jobs;
    private final FileStorage storage;
    private final Clock clock;

    PaymentService(PaymentRepository repository, PaymentPlatform platform, PlatformClient client,
            PaymentProperties properties, Dossiers dossiers, Users users, Agencies agencies, FormRenderer renderer,
            TransactionTemplate transactions, Jobs jobs, FileStorage storage, Clock clock) {
        this.repository = repository;
        this.platform = platform;
        this.client = client;
        this.properties = properties;
        this.dossiers = dossiers;
        this.users = users;
        this.agencies = agencies;
        this.renderer = renderer;
        this.transactions = transactions;
        this.jobs = jobs;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    public PlatformStatus status() {
        if (!platform.enabled()) {
            return new PlatformStatus(false, null, properties.partnerCode(), properties.checksum().name(),
                    "Thanh toán trực tuyến đang tắt: chưa cấu hình địa chỉ nền tảng thanh toán (motcua.payment.url).");
        }
        return new PlatformStatus(true, platform.url(), properties.partnerCode(), properties.checksum().name(),
                platform.isStandIn() ? "Đang dùng máy chủ thay thế nền tảng thanh toán (dữ liệu mẫu, không trừ tiền thật)."
                        : "Đã kết nối nền tảng thanh toán.");
    }

    @Override
    public Payment start(String dossierCode, Long amountVnd, String siteUrl, String actor) {
        if (!platform.enabled()) {
            throw ProblemException.conflict("Thanh toán trực tuyến chưa được bật: hệ thống chưa cấu hình nền tảng "
                    + "thanh toán (motcua.payment.url). Vui lòng nộp phí, lệ phí tại Bộ phận Một cửa.");
        }
        Dossier dossier = dossiers.get(dossierCode, actor);
        boolean applicant = dossier.applicantUsername() != null && dossier.applicantUsername().equalsIgnoreCase(actor);
        if (!applicant && !holds(actor, dossier.agencyCode(), OFFICIALS)) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                    "Chỉ người nộp hồ sơ hoặc cán bộ của cơ quan tiếp nhận được mở thanh toán cho hồ sơ này.");
        }
        Optional<PaymentRepository.Row> open = repository.open(dossier.code());
        if (open.isPresent()) {
            return payment(open.get());
        }
        List<Payment.Item> items = items(dossier, amountVnd);
        long total = items.stream().map(item -> Money.vnd(item.amountVnd())).reduce(Money.ZERO, Money::plus).vnd();
        long id;
        String reference;
        try {
            id = transactions.execute(status -> {
                long next = repository.nextId();
                repository.insert(next, reference(next), dossier.code(), dossier.agencyCode(), PaymentMethod.ONLINE,
                        PaymentStatus.PENDING, total, dossier.applicant().name(), dossier.applicant().address(),
                        dossier.applicant().idNumber(), actor, clock.instant());
                for (int i = 0; i < items.size(); i++) {
                    repository.insertItem(next, i + 1, items.get(i));
                }
                repository.event(next, clock.instant(), "CREATED", actor, Money.vnd(total).display());
                return next;
            });
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // another request opened one at the same moment: answer that one
            return repository.open(dossier.code()).map(this::payment)
                    .orElseThrow(() -> ProblemException.conflict("Hồ sơ vừa có giao dịch thanh toán khác; thử lại."));
        }
        reference = reference(id);
        String site = siteUrl.replaceAll("/+$", "");
        PlatformClient.Opened opened;
        try {
            opened = client.init(reference, total, "Nop phi, le phi ho so " + dossier.code(), null,
                    site + RETURN_PATH, site + CALLBACK_PATH, receiptInfo(dossier, items, total));
        } catch (PlatformClient.PlatformException e) {
            transactions.executeWithoutResult(status -> {
                repository.markUnpaid(id, PaymentStatus.FAILED, "INIT");
                repository.event(id, clock.instant(), "INIT_REFUSED", "PLATFORM", e.getMessage());
            });
            throw ProblemException.conflict("Nền tảng thanh toán chưa mở được giao dịch (" + e.getMessage()
                    + "). Vui lòng thử lại sau.");
        }
        transactions.executeWithoutResult(status -> repository.opened(id, opened.redirectUrl(),
                opened.transactionId()));
        return payment(repository.find(id).orElseThrow());
    }

    @Override
    public Payment record(String dossierCode, PaymentMethod method, Long amountVnd, String actor) {
        if (method == PaymentMethod.ONLINE) {
            throw ProblemException.invalidField("method", "Bộ phận Một cửa ghi nhận tiền mặt (CASH) hoặc chuyển "
                    + "khoản (TRANSFER); thanh toán trực tuyến do nền tảng thanh toán xác nhận.");
        }
        Dossier dossier = dossiers.get(dossierCode, actor);
        if (!holds(actor, dossier.agencyCode(), DESK)) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                    "Chỉ Bộ phận Một cửa (cán bộ một cửa, lãnh đạo) của cơ quan tiếp nhận ghi nhận nộp phí, lệ phí.");
        }
        List<Payment.Item> items = items(dossier, amountVnd);
        long total = items.stream().map(item -> Money.vnd(item.amountVnd())).reduce(Money.ZERO, Money::plus).vnd();
        long id = transactions.execute(status -> {
            long next = repository.nextId();
            Instant now = clock.instant();
            repository.insert(next, reference(next), dossier.code(), dossier.agencyCode(), method,
                    PaymentStatus.PENDING, total, dossier.applicant().name(), dossier.applicant().address(),
                    dossier.applicant().idNumber(), actor, now);
            for (int i = 0; i < items.size(); i++) {
                repository.insertItem(next, i + 1, items.get(i));
            }
            repository.event(next, now, "CREATED", actor, method.label() + " " + Money.vnd(total).display());
            settlePaid(repository.lock(next).orElseThrow(), now, null, null, actor, false, actor);
            return next;
        });
        return payment(repository.find(id).orElseThrow());
    }

    @Override
    public boolean paidOnline(String dossierCode) {
        return repository.paidOnline(dossierCode);
    }

    @Override
    public List<Payment> list(String dossierCode, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        return repository.ofDossier(dossier.code()).stream().map(this::payment).toList();
    }

    @Override
    public Payment returned(String reference, String actor) {
        PaymentRepository.Row row = repository.byReference(reference == null ? "" : reference)
                .orElseThrow(() -> ProblemException.notFound("Không có giao dịch thanh toán mã " + reference + "."));
        dossiers.get(row.dossierCode(), actor);
        if (row.status() == PaymentStatus.PENDING && row.method() == PaymentMethod.ONLINE) {
            try {
                return check(row.id());
            } catch (PlatformClient.PlatformException e) {
                log.warn("Status query of payment {} failed: {}", row.reference(), e.getMessage());
            }
        }
        return payment(repository.find(row.id()).orElseThrow());
    }

    @Override
    public CallbackReply callback(Map<String, String> message) {
        for (String field : List.of("LoaiBanTin", "MaLoi", "MaDoiTac", "MaThamChieu", "SoTien", "MaTienTe",
                "MaXacThuc")) {
            String value = message.get(field);
            if (value == null || value.isBlank()) {
                throw ProblemException.invalidField(field, "Bản tin thông báo kết quả thanh toán thiếu trường "
                        + field + ".");
            }
        }
        if (!properties.checksum().verifies(message, PaymentChecksum.CALLBACK_FIELDS, properties.secret(),
                message.get("MaXacThuc"))) {
            log.warn("Payment notification refused: wrong MaXacThuc for reference {}", message.get("MaThamChieu"));
            throw ProblemException.invalidField("MaXacThuc", "Mã xác thực (MaXacThuc) không đúng; bản tin bị bỏ qua.");
        }
        if (!properties.partnerCode().equals(message.get("MaDoiTac"))) {
            throw ProblemException.invalidField("MaDoiTac", "Mã đối tác (MaDoiTac) không phải của hệ thống này.");
        }
        long amount = amount(message.get("SoTien"));
        PaymentRepository.Row known = repository.byReference(message.get("MaThamChieu")).orElseThrow(() ->
                ProblemException.notFound("Không có giao dịch mã tham chiếu " + message.get("MaThamChieu") + "."));
        if (!"VND".equals(message.get("MaTienTe")) || amount != known.amountVnd()) {
            transactions.executeWithoutResult(status -> repository.event(known.id(), clock.instant(),
                    "CALLBACK_REFUSED", "IPN", "Số tiền " + message.get("SoTien") + " " + message.get("MaTienTe")
                            + " khác số tiền giao dịch " + known.amountVnd() + " VND"));
            throw ProblemException.invalidField("SoTien", "Số tiền hoặc loại tiền không khớp với giao dịch (cần "
                    + Money.vnd(known.amountVnd()).display() + ", VND).");
        }
        boolean success = "00".equals(message.get("MaLoi"));
        boolean changed = transactions.execute(status -> {
            PaymentRepository.Row row = repository.lock(known.id()).orElseThrow();
            if (success) {
                return settlePaid(row, clock.instant(), message.get("MaGiaoDich"), message.get("MaNganHang"), "IPN",
                        true, SYSTEM);
            }
            boolean failed = repository.markUnpaid(row.id(), PaymentStatus.FAILED, "IPN");
            repository.event(row.id(), clock.instant(), failed ? "FAILED" : "IGNORED", "IPN",
                    "MaLoi " + message.get("MaLoi"));
            return failed;
        });
        Map<String, String> reply = new LinkedHashMap<>();
        reply.put("MaLoi", "00");
        reply.put("MoTaLoi", changed ? "Đã ghi nhận kết quả thanh toán" : "Kết quả đã được ghi nhận trước đó");
        reply.put("MaDoiTac", properties.partnerCode());
        reply.put("ThoiGianGD", client.now());
        reply.put("MaXacThuc", properties.checksum().sign(reply, PaymentChecksum.REPLY_FIELDS, properties.secret()));
        return new CallbackReply(reply.get("MaLoi"), reply.get("MoTaLoi"), reply);
    }

    @Override
    public Payment check(long paymentId) {
        PaymentRepository.Row row = repository.find(paymentId)
                .orElseThrow(() -> ProblemException.notFound("Không có giao dịch thanh toán " + paymentId + "."));
        if (row.status() != PaymentStatus.PENDING || row.method() != PaymentMethod.ONLINE) {
            return payment(row);
        }
        Optional<PlatformClient.Transaction> answer = client.check(row.reference());
        transactions.executeWithoutResult(status -> {
            PaymentRepository.Row locked = repository.lock(paymentId).orElseThrow();
            Instant now = clock.instant();
            if (answer.isPresent() && answer.get().state() == 1) {
                PlatformClient.Transaction tx = answer.get();
                if (tx.amountVnd() != locked.amountVnd() || !"VND".equals(tx.currency())) {
                    repository.event(paymentId, now, "CHECK_MISMATCH", "CHECK", "Nền tảng báo " + tx.amountVnd()
                            + " " + tx.currency());
                } else {
                    settlePaid(locked, now, tx.transactionId(), null, "CHECK", true, SYSTEM);
                }
            } else if (answer.isPresent() && answer.get().state() == 4) {
                if (repository.markUnpaid(paymentId, PaymentStatus.FAILED, "CHECK")) {
                    repository.event(paymentId, now, "FAILED", "CHECK", "TrangThaiGD 4");
                }
            } else if (Duration.between(locked.createdAt(), now).compareTo(properties.expireAfter()) > 0) {
                if (repository.markUnpaid(paymentId, PaymentStatus.EXPIRED, "CHECK")) {
                    repository.event(paymentId, now, "EXPIRED", "CHECK", answer.isPresent() ? "TrangThaiGD 3"
                            : "Nền tảng không có giao dịch");
                }
            }
        });
        return payment(repository.find(paymentId).orElseThrow());
    }

    @Override
    public Reconciliation reconcile(LocalDate day, String actor) {
        if (!SYSTEM.equals(actor) && !users.find(actor).map(u -> u.hasRole(Role.ADMINISTRATOR)).orElse(false)) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN, "Chỉ quản trị hệ thống được đối soát.");
        }
        if (!platform.enabled()) {
            throw ProblemException.conflict("Thanh toán trực tuyến chưa được bật (motcua.payment.url): không có gì "
                    + "để đối soát.");
        }
        List<PlatformClient.Transaction> listed;
        try {
            listed = client.list(day);
        } catch (PlatformClient.PlatformException e) {
            throw ProblemException.conflict("Không lấy được danh sách giao dịch của nền tảng thanh toán ("
                    + e.getMessage() + ").");
        }
        List<String> mismatches = new ArrayList<>();
        int settled = 0;
        Set<String> seen = new java.util.HashSet<>();
        for (PlatformClient.Transaction tx : listed) {
            seen.add(tx.reference());
            Optional<PaymentRepository.Row> ours = repository.byReference(tx.reference());
            if (ours.isEmpty()) {
                mismatches.add(tx.reference() + ": nền tảng có, hệ thống không có");
                continue;
            }
            if (tx.state() != 1) {
                continue;
            }
            if (tx.amountVnd() != ours.get().amountVnd() || !"VND".equals(tx.currency())) {
                mismatches.add(tx.reference() + ": số tiền " + tx.amountVnd() + " khác " + ours.get().amountVnd());
                continue;
            }
            boolean paid = Boolean.TRUE.equals(transactions.execute(status -> settlePaid(
                    repository.lock(ours.get().id()).orElseThrow(), clock.instant(), tx.transactionId(), null,
                    "RECONCILIATION", true, SYSTEM)));
            if (paid) {
                settled++;
            }
        }
        Instant from = day.atStartOfDay(ZONE).toInstant();
        for (PaymentRepository.Row row : repository.paidOnlineOn(from, day.plusDays(1).atStartOfDay(ZONE).toInstant())) {
            if (!seen.contains(row.reference()) && !"RECONCILIATION".equals(row.settledBy())) {
                mismatches.add(row.reference() + ": hệ thống ghi đã thanh toán, nền tảng không liệt kê");
            }
        }
        int settledCount = settled;
        transactions.executeWithoutResult(status -> repository.reconciled(day, clock.instant(), listed.size(),
                settledCount, String.join("\n", mismatches)));
        return new Reconciliation(day, listed.size(), settled, List.copyOf(mismatches));
    }

    @Override
    public List<Reconciliation> reconciliations(int limit, String actor) {
        boolean allowed = users.find(actor).map(u -> u.hasRole(Role.ADMINISTRATOR) || u.hasRole(Role.LEADER))
                .orElse(false);
        if (!allowed) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                    "Chỉ quản trị hệ thống và lãnh đạo xem kết quả đối soát.");
        }
        return repository.reconciliations(Math.max(1, Math.min(limit, 366)));
    }

    @Override
    public Payment refund(String dossierCode, long paymentId, String reason, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        if (!holds(actor, dossier.agencyCode(), DESK)) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                    "Chỉ Bộ phận Một cửa của cơ quan tiếp nhận ghi nhận hoàn phí.");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "Cần nêu lý do hoàn phí.");
        }
        transactions.executeWithoutResult(status -> {
            PaymentRepository.Row row = repository.lock(paymentId).filter(p -> p.dossierCode().equals(dossier.code()))
                    .orElseThrow(() -> ProblemException.notFound("Hồ sơ không có giao dịch thanh toán " + paymentId
                            + "."));
            if (!repository.markRefunded(row.id(), clock.instant(), actor, reason.strip())) {
                throw ProblemException.conflict("Chỉ hoàn phí được giao dịch đã thanh toán (trạng thái hiện tại: "
                        + row.status().label() + ").");
            }
            repository.event(row.id(), clock.instant(), "REFUNDED", actor, reason.strip());
        });
        return payment(repository.find(paymentId).orElseThrow());
    }

    @Override
    public byte[] receipt(String dossierCode, int number, String actor) {
        Dossier dossier = dossiers.get(dossierCode, actor);
        PaymentRepository.ReceiptRow receipt = repository.receipt(dossier.code(), number)
                .orElseThrow(() -> ProblemException.notFound("Hồ sơ không có biên lai số " + number + "."));
        Optional<byte[]> signed = repository.signedFile(receipt.id()).flatMap(storage::open).map(in -> {
            try (in) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        if (signed.isPresent()) {
            return signed.get();
        }
        return renderer.render(form(receipt, repository.find(receipt.paymentId()).orElseThrow(), dossier, null));
    }

    /** The receipt's PDF as issued, naming the signer (the signing job signs it then). */
    byte[] unsignedReceipt(PaymentRepository.ReceiptRow receipt, String signer) {
        PaymentRepository.Row payment = repository.find(receipt.paymentId()).orElseThrow();
        return renderer.render(form(receipt, payment, dossiers.get(payment.dossierCode(), SYSTEM), signer));
    }

    /**
     * Makes the locked payment paid (once: false when it already was), issues its receipt and confirms the dossier's
     * payment when the dossier waits for it. Runs inside the caller's transaction.
     */
    private boolean settlePaid(PaymentRepository.Row row, Instant at, String transactionId, String bank,
            String cause, boolean online, String dossierActor) {
        if (!repository.markPaid(row.id(), at, transactionId, bank, cause)) {
            repository.event(row.id(), at, "DUPLICATE", cause, "Đã ở trạng thái " + row.status().label());
            return false;
        }
        repository.event(row.id(), at, "PAID", cause, transactionId);
        LocalDate day = LocalDate.ofInstant(at, ZONE);
        String series = properties.seriesPrefix() + "%02d".formatted(day.getYear() % 100) + "E";
        // a separate receipt for the phí and for the lệ phí lines, in the order they first appear
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Payment.Item item : repository.items(row.id())) {
            byKind.merge(item.feeKind(), item.amountVnd(), (a, b) -> Money.vnd(a).plus(Money.vnd(b)).vnd());
        }
        byKind.forEach((kind, amount) -> {
            PaymentRepository.ReceiptRow receipt = repository.issueReceipt(row.agencyCode(), day.getYear(), series,
                    properties.template(), row.id(), kind, amount, row.dossierCode(), at);
            jobs.enqueue(ReceiptSigning.KIND, Long.toString(receipt.id()));
        });
        Dossier dossier = dossiers.get(row.dossierCode(), SYSTEM);
        if (dossier.status() == DossierStatus.AWAITING_PAYMENT) {
            String reason = (online ? "Đã thanh toán trực tuyến" : "Đã nộp " + row.method().label().toLowerCase(
                    Locale.ROOT)) + " " + Money.vnd(row.amountVnd()).display() + ", mã giao dịch " + row.reference();
            dossiers.act(dossier.code(), DossierAction.CONFIRM_PAYMENT, dossier.version(),
                    () -> new ActionCommand.ConfirmPayment(online, reason), dossierActor);
        }
        return true;
    }

    /** The unpaid fee lines of the dossier, or one line of the given amount. */
    private List<Payment.Item> items(Dossier dossier, Long amountVnd) {
        if (dossier.status() != DossierStatus.AWAITING_PAYMENT) {
            // what is due is set by the engine's request-payment; paid, the dossier moves on and nothing is due
            throw ProblemException.conflict("Hồ sơ không ở bước chờ thực hiện nghĩa vụ tài chính (hiện: "
                    + dossier.status().label() + "); không có khoản phí, lệ phí nào đang chờ nộp.");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (amountVnd != null) {
            if (amountVnd <= 0) {
                throw ProblemException.invalidField("amountVnd", "Số tiền phải là số nguyên dương (đồng).");
            }
            String name = dossier.fees().stream().filter(f -> f.paidAt() == null).map(Dossier.Fee::name).findFirst()
                    .orElse("Phí, lệ phí");
            return List.of(item(dossier, name, amountVnd, today));
        }
        List<Payment.Item> items = dossier.fees().stream().filter(f -> f.paidAt() == null && f.amountVnd() > 0)
                .map(f -> item(dossier, f.name(), f.amountVnd(), today)).toList();
        if (items.isEmpty()) {
            throw ProblemException.conflict("Hồ sơ không có khoản phí, lệ phí nào chưa nộp.");
        }
        return items;
    }

    private Payment.Item item(Dossier dossier, String name, long amountVnd, LocalDate day) {
        PaymentRepository.FeeCode code = repository.feeCode(dossier.procedureCode(), name, day)
                .orElseGet(() -> new PaymentRepository.FeeCode(dossier.procedureCode(),
                        name.toLowerCase(Locale.forLanguageTag("vi")).contains("lệ phí") ? "LE_PHI" : "PHI"));
        return new Payment.Item(name, code.code(), code.kind(), amountVnd);
    }

    /** ThongTinBienLai: what the platform needs for its receipt data (integrations.md Appendix A §3.3). */
    private Map<String, Object> receiptInfo(Dossier dossier, List<Payment.Item> items, long total) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("MaDichVu", "2");
        info.put("MaDonVi", dossier.agencyCode());
        info.put("TenDonVi", agencyName(dossier.agencyCode()));
        info.put("MaHoSo", dossier.code());
        info.put("MaDVC", dossier.procedureCode() + ".01");
        info.put("MaTTHC", dossier.procedureCode());
        info.put("TenTTHC", dossier.procedureName());
        info.put("HoTenNguoiNop", dossier.applicant().name());
        info.put("DiaChiNguoiNop", dossier.applicant().address());
        info.put("PhiLePhi", items.stream().map(item -> Map.of("LoaiPhiLePhi", item.feeKind(), "MaPhiLePhi",
                item.feeCode(), "TenPhiLePhi", item.name(), "SoTien", item.amountVnd())).toList());
        info.put("SoTien", total);
        return info;
    }

    private EReceiptForm form(PaymentRepository.ReceiptRow receipt, PaymentRepository.Row payment, Dossier dossier,
            String signer) {
        Agency agency = agencies.find(AgencyCode.parse(payment.agencyCode())).orElseThrow();
        String parent = agency.parentCode() == null ? "" : agencies.find(agency.parentCode()).map(Agency::name)
                .orElse("");
        Locale vi = Locale.forLanguageTag("vi");
        List<EReceiptForm.Item> items = repository.items(payment.id()).stream()
                .filter(item -> item.feeKind().equals(receipt.feeKind()))
                .map(item -> new EReceiptForm.Item(item.name(), item.feeCode(), item.amountVnd())).toList();
        return new EReceiptForm(parent.replace("Ủy ban nhân dân", "UBND").toUpperCase(vi), agency.name().toUpperCase(vi),
                receipt.template(), receipt.series(), "%07d".formatted(receipt.number()),
                LocalDateTime.ofInstant(receipt.issuedAt(), ZONE), payment.payerName(), payment.payerAddress(),
                payment.payerIdNumber(), payment.dossierCode(), dossier.procedureName(), payment.method().label(),
                payment.transactionId(), items, receipt.amountVnd(), Money.vnd(receipt.amountVnd()).inWords(), signer);
    }

    private Payment payment(PaymentRepository.Row row) {
        List<Payment.Receipt> receipts = repository.receiptsOf(row.id()).stream().map(r -> new Payment.Receipt(
                r.template(), r.series(), r.number(), "%07d".formatted(r.number()), r.feeKind(), r.amountVnd(),
                r.issuedAt(), "/api/v1/dossiers/" + r.dossierCode() + "/receipts/" + r.number())).toList();
        return new Payment(row.id(), row.reference(), row.dossierCode(), row.method(), row.status(), row.amountVnd(),
                row.redirectUrl(), row.transactionId(), row.createdAt(), row.paidAt(), row.settledBy(),
                row.refundedAt(), row.refundReason(), repository.items(row.id()), receipts);
    }

    private String agencyName(String code) {
        return agencies.find(AgencyCode.parse(code)).map(Agency::name).orElse(code);
    }

    private boolean holds(String actor, String agency, Set<Role> roles) {
        Optional<UserAccount> user = users.find(actor);
        if (user.isEmpty()) {
            return false;
        }
        AgencyCode code = AgencyCode.parse(agency);
        return roles.stream().anyMatch(role -> user.get().hasRole(role, code));
    }

    private static String reference(long id) {
        return "MC%010d".formatted(id);
    }

    private static long amount(String text) {
        if (!text.strip().matches("\\d{1,15}")) {
            throw ProblemException.invalidField("SoTien", "Số tiền (SoTien) phải là số nguyên đồng.");
        }
        return Long.parseLong(text.strip());
    }
}
