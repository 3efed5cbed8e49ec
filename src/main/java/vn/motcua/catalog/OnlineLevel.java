package vn.motcua.catalog;

/**
 * Online public service level (Decree 42/2022 Art. 11). A procedure whose catalog does not state it has no level
 * ({@code null}), which is not the same as {@link #NONE}.
 */
public enum OnlineLevel {
    FULL("Toàn trình"),
    PARTIAL("Một phần"),
    NONE("Không cung cấp trực tuyến");

    private final String label;

    OnlineLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
