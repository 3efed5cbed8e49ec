package vn.motcua.calendar;

/** How a working-day limit is turned into a due instant (dossier-lifecycle.md §6.3). */
public enum DeadlineStyle {
    /**
     * Default, hour-precise (OpenCPS practice): working minutes are counted from the start instant through the
     * office-hour windows of working days; a start outside office hours counts from the next opening.
     */
    HOURS("Tính theo giờ làm việc"),
    /**
     * Civil Code style (Art. 147–148): the start day is not counted; due at the end of office hours of the N-th
     * working day after it.
     */
    CIVIL_CODE("Tính theo ngày làm việc (Bộ luật Dân sự)");

    private final String label;

    DeadlineStyle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
