package vn.motcua.reporting;

/**
 * Rating of a Decision 766 total (xếp loại). No official band table exists (measurement-and-calendar.md §1.7, §7 U2):
 * the labels are those of third-party dashboards, which match the agency ratings of TT 01/2018 Art. 15
 * (dossier-lifecycle.md §9.2); the cut-offs are configuration, see {@link RatingBands}.
 */
public enum RatingBand {
    EXCELLENT("Xuất sắc"),
    GOOD("Tốt"),
    FAIR("Khá"),
    AVERAGE("Trung bình"),
    WEAK("Yếu");

    private final String label;

    RatingBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
