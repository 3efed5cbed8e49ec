package vn.motcua.catalog;

/**
 * The unit of a time limit as printed in the publication decision. {@link #DAY_AS_PRINTED} is "ngày" printed
 * without "làm việc": whether calendar or working days is not confirmed, so it is kept as printed and never
 * converted silently (the dossier engine decides with the calendar module).
 */
public enum TimeLimitUnit {
    WORKING_DAY("ngày làm việc"),
    WORKING_HOUR("giờ làm việc"),
    CALENDAR_DAY("ngày"),
    SAME_DAY("trong ngày"),
    DAY_AS_PRINTED("ngày (chưa xác định loại ngày)");

    private final String label;

    TimeLimitUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether an amount in this unit can be compared with working hours (8 per working day). */
    public boolean isWorkingTime() {
        return this == WORKING_DAY || this == WORKING_HOUR || this == SAME_DAY;
    }
}
