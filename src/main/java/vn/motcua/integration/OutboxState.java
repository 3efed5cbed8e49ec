package vn.motcua.integration;

/** Where an outbox message is. */
public enum OutboxState {
    /** Waiting for its turn or its next attempt. */
    PENDING("Chờ gửi"),
    /** The partner has it. */
    DELIVERED("Đã gửi"),
    /** Refused or not delivered after the last attempt; waits for an administrator (and holds its line). */
    FAILED("Gửi không thành công");

    private final String label;

    OutboxState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
