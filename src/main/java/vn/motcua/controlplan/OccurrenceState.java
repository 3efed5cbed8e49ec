package vn.motcua.controlplan;

/** Where an occurrence of a task stands on a given day, with its Vietnamese name. */
public enum OccurrenceState {
    DONE_ON_TIME("Hoàn thành đúng hạn"),
    DONE_LATE("Hoàn thành trễ hạn"),
    OVERDUE("Quá hạn"),
    NOT_YET_DUE("Chưa đến hạn"),
    /** A regular task, one done when something arises, or one whose time frame is not understood: no due date. */
    UNDATED("Không có hạn cụ thể");

    private final String label;

    OccurrenceState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
