package vn.motcua.calendar;

/** Unit of a resolution time (thời hạn giải quyết), as stated by a procedure. */
public enum DurationUnit {
    /** Working days (ngày làm việc): counted through office hours of working days. */
    WORKING_DAY("ngày làm việc"),
    /** Working hours (giờ làm việc). */
    WORKING_HOUR("giờ làm việc"),
    /** Calendar days (ngày): Civil Code Art. 147–148. */
    CALENDAR_DAY("ngày"),
    /** In the day (trong ngày), with the same-day cut-off. */
    SAME_DAY("trong ngày");

    private final String label;

    DurationUnit(String label) {
        this.label = label;
    }

    /** Vietnamese label as printed after the amount, e.g. "5 ngày làm việc". */
    public String label() {
        return label;
    }

    /** Whether the amount is counted in working time (minutes through office windows). */
    public boolean isWorkingTime() {
        return this == WORKING_DAY || this == WORKING_HOUR;
    }
}
