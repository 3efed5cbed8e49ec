package vn.motcua.rating;

/** The three satisfaction levels of TT 32/2017 Art. 12 (online services) used for every rating. */
public enum RatingLevel {
    VERY_SATISFIED("Rất hài lòng"),
    SATISFIED("Hài lòng"),
    NOT_SATISFIED("Chưa hài lòng");

    private final String label;

    RatingLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
