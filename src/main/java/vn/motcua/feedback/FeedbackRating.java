package vn.motcua.feedback;

/** The submitter's rating of how the feedback was handled. */
public enum FeedbackRating {
    SATISFIED("Hài lòng"),
    NOT_SATISFIED("Chưa hài lòng");

    private final String label;

    FeedbackRating(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }
}
