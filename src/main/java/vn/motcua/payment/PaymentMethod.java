package vn.motcua.payment;

/** How a fee was paid: online through the payment platform, or recorded by the desk (cash, bank transfer). */
public enum PaymentMethod {
    ONLINE("Thanh toán trực tuyến"),
    CASH("Tiền mặt"),
    TRANSFER("Chuyển khoản");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
