package vn.motcua.controlplan;

/** How a task's time frame is understood, with its Vietnamese name. */
public enum ScheduleKind {
    DATE("Trước một ngày"),
    MONTH("Trong tháng"),
    QUARTER("Trong quý"),
    YEAR("Trong năm"),
    MONTHLY("Hằng tháng"),
    QUARTERLY("Hằng quý"),
    ANNUAL("Hằng năm"),
    REGULAR("Thường xuyên"),
    WHEN_ARISING("Khi phát sinh"),
    TEXT("Chưa hiểu được, giữ nguyên văn");

    private final String label;

    ScheduleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the kind gives due dates (the others are followed without a date). */
    public boolean dated() {
        return this != REGULAR && this != WHEN_ARISING && this != TEXT;
    }
}
