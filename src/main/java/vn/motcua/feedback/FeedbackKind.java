package vn.motcua.feedback;

/** Report or recommendation (Decree 20/2008 Art. 3(4)–(5)). */
public enum FeedbackKind {
    REPORT("Phản ánh"),
    RECOMMENDATION("Kiến nghị");

    private final String label;

    FeedbackKind(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }
}
