package vn.motcua.notification;

/** Where a message's delivery stands, as the outbox tells it. */
public enum NotificationState {
    PENDING("Chờ gửi"),
    DELIVERED("Đã gửi"),
    FAILED("Gửi không thành công");

    private final String label;

    NotificationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
