package vn.motcua.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Fees of dossiers paid online through the national payment platform or recorded at the desk, and the e-receipts
 * they get. Refusals are {@link vn.motcua.shared.ProblemException}s (400, 403, 404, 409); {@code actor} is the
 * signed-in username.
 */
public interface Payments {

    /** Whether online payment is on ({@code motcua.payment.url}) and where the platform is. */
    record PlatformStatus(boolean enabled, String url, String partnerCode, String checksum, String detail) {}

    /** The platform's answer to a notification, signed as the platform expects. */
    record CallbackReply(String code, String message, Map<String, String> body) {}

    /** The outcome of reconciling one day against the platform's list. */
    record Reconciliation(LocalDate day, int listed, int settled, List<String> mismatches) {}

    PlatformStatus status();

    /**
     * Opens an online payment of the dossier's unpaid fee lines (or of {@code amountVnd}) at the platform, for the
     * applicant who submitted the dossier or an official of its agency; while one is open (PENDING) that one is
     * answered. {@code siteUrl} is where the platform sends the applicant back and its notification to.
     */
    Payment start(String dossierCode, Long amountVnd, String siteUrl, String actor);

    /** The desk records a payment made in cash or by transfer: paid at once, with its receipt. */
    Payment record(String dossierCode, PaymentMethod method, Long amountVnd, String actor);

    List<Payment> list(String dossierCode, String actor);

    /**
     * Whether the dossier's fees were paid through the national payment platform (a PAID online payment; a refund
     * does not undo that it was paid online): the portal sync's {@code DuocThanhToanTrucTuyen} = 1. No access check:
     * for the system's own messages.
     */
    boolean paidOnline(String dossierCode);

    /** The payment with this platform reference (the return page): asks the platform first while it is pending. */
    Payment returned(String reference, String actor);

    /** The platform's notification of a result: checked (code, partner, amount, currency), applied once. */
    CallbackReply callback(Map<String, String> message);

    /** Asks the platform how a pending payment stands and applies the answer (the check job). */
    Payment check(long paymentId);

    /** Compares one day's paid transactions at the platform with ours and settles what we missed. */
    Reconciliation reconcile(LocalDate day, String actor);

    /** The last reconciliations, newest day first (administrators and leaders). */
    List<Reconciliation> reconciliations(int limit, String actor);

    /** The desk records that a paid payment was refunded (hoàn phí). */
    Payment refund(String dossierCode, long paymentId, String reason, String actor);

    /** The e-receipt's PDF by its number. */
    byte[] receipt(String dossierCode, int number, String actor);
}
