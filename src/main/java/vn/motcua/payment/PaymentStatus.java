package vn.motcua.payment;

/**
 * Where a payment stands. {@code PENDING} waits for the platform (or the person on its page); only the platform's
 * signed notification, a status query or the daily reconciliation make an online payment {@code PAID}, never the
 * browser coming back; {@code REFUNDED} after the desk paid the money back.
 */
public enum PaymentStatus {
    PENDING("Chờ thanh toán"),
    PAID("Đã thanh toán"),
    FAILED("Không thành công"),
    EXPIRED("Hết hạn"),
    REFUNDED("Đã hoàn phí");

    private final String label;

    PaymentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
