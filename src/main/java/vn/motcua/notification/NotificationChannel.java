package vn.motcua.notification;

/** How a message reaches the applicant. */
public enum NotificationChannel {
    EMAIL("Thư điện tử", "email"),
    SMS("Tin nhắn SMS", "sms"),
    ZALO("Zalo (ZNS)", "zalo");

    private final String label;
    private final String target;

    NotificationChannel(String label, String target) {
        this.label = label;
        this.target = target;
    }

    public String label() {
        return label;
    }

    /** The outbox target that delivers this channel's messages. */
    public String target() {
        return target;
    }
}
