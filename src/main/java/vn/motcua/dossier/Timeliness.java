package vn.motcua.dossier;

/**
 * How a dossier stands against its deadline ({@code dossier-lifecycle.md} §6.4): early, on time or late once
 * processing has ended; within the deadline, near due or overdue while it has not.
 */
public enum Timeliness {
    EARLY("Trước hạn"),
    ON_TIME("Đúng hạn"),
    LATE("Quá hạn"),
    WITHIN_DEADLINE("Trong hạn"),
    NEAR_DUE("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    NO_DEADLINE("Không có thời hạn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == EARLY || this == ON_TIME || this == LATE;
    }
}
