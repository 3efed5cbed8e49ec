package vn.motcua.payment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.payment.Payment;
import vn.motcua.payment.PaymentMethod;
import vn.motcua.payment.PaymentStatus;

/** The payments, their fee lines and events, the receipt register and the e-receipts. */
@Repository
class PaymentRepository {

    /** A payment row as stored. */
    record Row(long id, String reference, String dossierCode, String agencyCode, PaymentMethod method,
            PaymentStatus status, long amountVnd, String payerName, String payerAddress, String payerIdNumber,
            String redirectUrl, String transactionId, String bankCode, String createdBy, Instant createdAt,
            Instant paidAt, String settledBy, Instant refundedAt, String refundedBy, String refundReason,
            int version) {}

    /** An issued e-receipt. */
    record ReceiptRow(long id, String agencyCode, int year, String series, String template, int number,
            long paymentId, String feeKind, long amountVnd, String dossierCode, Instant issuedAt) {}

    /** A fee code of a procedure's fee. */
    record FeeCode(String code, String kind) {}

    private static final String COLUMNS = """
            id, reference, dossier_code, agency_code, method, status, amount_vnd, payer_name, payer_address,
            payer_id_number, redirect_url, transaction_id, bank_code, created_by, created_at, paid_at, settled_by,
            refunded_at, refunded_by, refund_reason, version""";

    private final JdbcClient jdbc;

    PaymentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("SELECT nextval('payment_id_seq')").query(Long.class).single();
    }

    void insert(long id, String reference, String dossierCode, String agencyCode, PaymentMethod method,
            PaymentStatus status, long amountVnd, String payerName, String payerAddress, String payerIdNumber,
            String createdBy, Instant at) {
        jdbc.sql("""
                INSERT INTO payment (id, reference, dossier_code, agency_code, method, status, amount_vnd, payer_name,
                                     payer_address, payer_id_number, created_by, created_at)
                VALUES (:id, :reference, :dossier, :agency, :method, :status, :amount, :payer, :address, :idNumber,
                        :by, :at)
                """).param("id", id).param("reference", reference).param("dossier", dossierCode)
                .param("agency", agencyCode).param("method", method.name()).param("status", status.name())
                .param("amount", amountVnd).param("payer", payerName).param("address", payerAddress)
                .param("idNumber", payerIdNumber).param("by", createdBy).param("at", Timestamp.from(at)).update();
    }

    void insertItem(long paymentId, int line, Payment.Item item) {
        jdbc.sql("""
                INSERT INTO payment_item (payment_id, line, name, fee_code, fee_kind, amount_vnd)
                VALUES (:id, :line, :name, :code, :kind, :amount)
                """).param("id", paymentId).param("line", line).param("name", item.name())
                .param("code", item.feeCode()).param("kind", item.feeKind()).param("amount", item.amountVnd())
                .update();
    }

    List<Payment.Item> items(long paymentId) {
        return jdbc.sql("SELECT name, fee_code, fee_kind, amount_vnd FROM payment_item WHERE payment_id = :id "
                        + "ORDER BY line")
                .param("id", paymentId)
                .query((rs, n) -> new Payment.Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE id = :id").param("id", id)
                .query(PaymentRepository::row).optional();
    }

    Optional<Row> byReference(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE reference = :r").param("r", reference)
                .query(PaymentRepository::row).optional();
    }

    /** Locks the payment's row until the transaction ends: notifications, checks and refunds one at a time. */
    Optional<Row> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE id = :id FOR UPDATE").param("id", id)
                .query(PaymentRepository::row).optional();
    }

    Optional<Row> open(String dossierCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE dossier_code = :d AND status = 'PENDING'")
                .param("d", dossierCode).query(PaymentRepository::row).optional();
    }

    List<Row> ofDossier(String dossierCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE dossier_code = :d ORDER BY id")
                .param("d", dossierCode).query(PaymentRepository::row).list();
    }

    void opened(long id, String redirectUrl, String transactionId) {
        jdbc.sql("UPDATE payment SET redirect_url = :url, transaction_id = :tx, version = version + 1 WHERE id = :id")
                .param("id", id).param("url", redirectUrl).param("tx", transactionId).update();
    }

    /** Pending (or failed or expired: the money came after all) → paid; false when it was paid already. */
    boolean markPaid(long id, Instant paidAt, String transactionId, String bankCode, String settledBy) {
        return jdbc.sql("""
                UPDATE payment SET status = 'PAID', paid_at = :at, transaction_id = coalesce(:tx, transaction_id),
                       bank_code = coalesce(:bank, bank_code), settled_by = :by, version = version + 1
                WHERE id = :id AND status IN ('PENDING', 'FAILED', 'EXPIRED')
                """).param("id", id).param("at", Timestamp.from(paidAt)).param("tx", transactionId)
                .param("bank", bankCode).param("by", settledBy).update() == 1;
    }

    /** Pending → failed or expired; nothing else changes (a late failure never undoes a payment). */
    boolean markUnpaid(long id, PaymentStatus status, String settledBy) {
        return jdbc.sql("""
                UPDATE payment SET status = :status, settled_by = :by, version = version + 1
                WHERE id = :id AND status = 'PENDING'
                """).param("id", id).param("status", status.name()).param("by", settledBy).update() == 1;
    }

    boolean markRefunded(long id, Instant at, String by, String reason) {
        return jdbc.sql("""
                UPDATE payment SET status = 'REFUNDED', refunded_at = :at, refunded_by = :by, refund_reason = :reason,
                       version = version + 1
                WHERE id = :id AND status = 'PAID'
                """).param("id", id).param("at", Timestamp.from(at)).param("by", by).param("reason", reason)
                .update() == 1;
    }

    /**
     * Claims the pending online payments due for a status query (opened between {@code expireBefore} and
     * {@code checkBefore}, not queried since {@code checkedBefore}) or expiry, marking them queried; one instance
     * gets each.
     */
    List<Long> claimForCheck(Instant openedBefore, Instant checkedBefore, Instant at) {
        return jdbc.sql("""
                UPDATE payment SET checked_at = :at
                WHERE id IN (SELECT id FROM payment
                             WHERE status = 'PENDING' AND method = 'ONLINE' AND created_at < :openedBefore
                               AND (checked_at IS NULL OR checked_at < :checkedBefore)
                             ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED)
                RETURNING id
                """).param("openedBefore", Timestamp.from(openedBefore))
                .param("checkedBefore", Timestamp.from(checkedBefore)).param("at", Timestamp.from(at))
                .query(Long.class).list();
    }

    void event(Long paymentId, Instant at, String kind, String causedBy, String detail) {
        jdbc.sql("INSERT INTO payment_event (payment_id, at, kind, caused_by, detail) "
                        + "VALUES (:id, :at, :kind, :by, :detail)")
                .param("id", paymentId).param("at", Timestamp.from(at)).param("kind", kind).param("by", causedBy)
                .param("detail", detail).update();
    }

    boolean paidOnline(String dossierCode) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM payment WHERE dossier_code = :d AND method = 'ONLINE'
                                                      AND status IN ('PAID', 'REFUNDED'))
                """).param("d", dossierCode).query(Boolean.class).single();
    }

    /** The fee code of a procedure's fee in force on {@code day}, if configured. */
    Optional<FeeCode> feeCode(String procedureCode, String feeName, LocalDate day) {
        return jdbc.sql("""
                SELECT fee_code, fee_kind FROM payment_fee_code
                WHERE procedure_code = :p AND fee_name = :name AND valid_from <= :day
                ORDER BY valid_from DESC LIMIT 1
                """).param("p", procedureCode).param("name", feeName).param("day", day)
                .query((rs, n) -> new FeeCode(rs.getString(1), rs.getString(2))).optional();
    }

    /**
     * The next number of the agency's register for the year (1, 2, … without gaps): the counter row stays locked until
     * the issuing transaction ends, and a rollback gives the number back.
     */
    ReceiptRow issueReceipt(String agencyCode, int year, String series, String template, long paymentId,
            String feeKind, long amountVnd, String dossierCode, Instant at) {
        jdbc.sql("""
                INSERT INTO receipt_series (agency_code, year, series, template) VALUES (:agency, :year, :series, :t)
                ON CONFLICT (agency_code, year) DO NOTHING
                """).param("agency", agencyCode).param("year", year).param("series", series).param("t", template)
                .update();
        record Next(int number, String series, String template) {}
        Next next = jdbc.sql("""
                UPDATE receipt_series SET last_number = last_number + 1 WHERE agency_code = :agency AND year = :year
                RETURNING last_number, series, template
                """).param("agency", agencyCode).param("year", year)
                .query((rs, n) -> new Next(rs.getInt(1), rs.getString(2), rs.getString(3))).single();
        long id = jdbc.sql("""
                INSERT INTO e_receipt (agency_code, year, series, template, number, payment_id, fee_kind, amount_vnd,
                                       dossier_code, issued_at)
                VALUES (:agency, :year, :series, :t, :number, :payment, :kind, :amount, :dossier, :at) RETURNING id
                """).param("agency", agencyCode).param("year", year).param("series", next.series())
                .param("t", next.template()).param("number", next.number()).param("payment", paymentId)
                .param("kind", feeKind).param("amount", amountVnd).param("dossier", dossierCode)
                .param("at", Timestamp.from(at)).query(Long.class).single();
        return new ReceiptRow(id, agencyCode, year, next.series(), next.template(), next.number(), paymentId,
                feeKind, amountVnd, dossierCode, at);
    }

    List<ReceiptRow> receiptsOf(long paymentId) {
        return jdbc.sql(RECEIPT + " WHERE payment_id = :id ORDER BY number").param("id", paymentId)
                .query(PaymentRepository::receipt).list();
    }

    /** The stored signed PDF of a receipt, if signed. */
    Optional<String> signedFile(long receiptId) {
        return jdbc.sql("SELECT file_key FROM e_receipt WHERE id = :id AND file_key IS NOT NULL")
                .param("id", receiptId).query(String.class).optional();
    }

    /** Locks a receipt not yet signed (the signing job); empty when it is signed already or unknown. */
    Optional<ReceiptRow> lockUnsigned(long receiptId) {
        return jdbc.sql(RECEIPT + " WHERE id = :id AND file_key IS NULL FOR UPDATE").param("id", receiptId)
                .query(PaymentRepository::receipt).optional();
    }

    void signed(long receiptId, String fileKey, String signer, Instant at) {
        jdbc.sql("UPDATE e_receipt SET file_key = :key, signer = :signer, signed_at = :at WHERE id = :id")
                .param("id", receiptId).param("key", fileKey).param("signer", signer)
                .param("at", Timestamp.from(at)).update();
    }

    /** The dossier's receipts with this number (one per year at most; the newest first). */
    Optional<ReceiptRow> receipt(String dossierCode, int number) {
        return jdbc.sql(RECEIPT + " WHERE dossier_code = :d AND number = :n ORDER BY year DESC LIMIT 1")
                .param("d", dossierCode).param("n", number).query(PaymentRepository::receipt).optional();
    }

    /** Records what the reconciliation of a day found (a later run of the same day replaces it). */
    void reconciled(LocalDate day, Instant at, int listed, int settled, String mismatches) {
        jdbc.sql("""
                INSERT INTO payment_reconciliation (day, requested_at, finished_at, listed, settled, mismatches)
                VALUES (:day, :at, :at, :listed, :settled, :mismatches)
                ON CONFLICT (day) DO UPDATE SET finished_at = :at, listed = :listed, settled = :settled,
                       mismatches = :mismatches
                """).param("day", day).param("at", Timestamp.from(at)).param("listed", listed)
                .param("settled", settled).param("mismatches", mismatches).update();
    }

    /** The last reconciliations that finished, newest day first. */
    List<vn.motcua.payment.Payments.Reconciliation> reconciliations(int limit) {
        return jdbc.sql("SELECT day, listed, settled, mismatches FROM payment_reconciliation "
                        + "WHERE finished_at IS NOT NULL ORDER BY day DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new vn.motcua.payment.Payments.Reconciliation(rs.getObject(1, LocalDate.class),
                        rs.getInt(2), rs.getInt(3), rs.getString(4) == null || rs.getString(4).isEmpty() ? List.of()
                                : List.of(rs.getString(4).split("\n"))))
                .list();
    }

    /** Paid online payments of a day (agency time) that the platform should list. */
    List<Row> paidOnlineOn(Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payment WHERE method = 'ONLINE' AND status IN ('PAID', "
                        + "'REFUNDED') AND paid_at >= :from AND paid_at < :to ORDER BY id")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query(PaymentRepository::row).list();
    }

    private static final String RECEIPT = "SELECT id, agency_code, year, series, template, number, payment_id, "
            + "fee_kind, amount_vnd, dossier_code, issued_at FROM e_receipt";

    private static ReceiptRow receipt(ResultSet rs, int n) throws SQLException {
        return new ReceiptRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getLong(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                rs.getTimestamp(11).toInstant());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("reference"), rs.getString("dossier_code"),
                rs.getString("agency_code"), PaymentMethod.valueOf(rs.getString("method")),
                PaymentStatus.valueOf(rs.getString("status")), rs.getLong("amount_vnd"), rs.getString("payer_name"),
                rs.getString("payer_address"), rs.getString("payer_id_number"), rs.getString("redirect_url"),
                rs.getString("transaction_id"), rs.getString("bank_code"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "paid_at"), rs.getString("settled_by"),
                instant(rs, "refunded_at"), rs.getString("refunded_by"), rs.getString("refund_reason"),
                rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
