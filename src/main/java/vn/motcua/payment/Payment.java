package vn.motcua.payment;

import java.time.Instant;
import java.util.List;

/**
 * A payment of a dossier's fees.
 *
 * @param reference   the reference at the platform (MaThamChieu)
 * @param redirectUrl the platform's page where the applicant pays (online payments only)
 * @param settledBy   what made it paid or failed: {@code IPN}, {@code CHECK}, {@code RECONCILIATION} or the officer
 * @param receipts    the e-receipts, once paid: one for the phí and one for the lệ phí lines (never one of 0 đ)
 */
public record Payment(long paymentId, String reference, String dossierCode, PaymentMethod method,
        PaymentStatus status, long amountVnd, String redirectUrl, String transactionId, Instant createdAt,
        Instant paidAt, String settledBy, Instant refundedAt, String refundReason, List<Item> items,
        List<Receipt> receipts) {

    /** A fee line: what, under which fee code (MaPhiLePhi) and kind (PHI or LE_PHI), how much. */
    public record Item(String name, String feeCode, String feeKind, long amountVnd) {}

    /**
     * An e-receipt: series (ký hiệu), number in the agency's register of the year, what it covers (PHI or LE_PHI, its
     * amount) and where its PDF is.
     */
    public record Receipt(String template, String series, int number, String numberText, String feeKind,
            long amountVnd, Instant issuedAt, String url) {}
}
