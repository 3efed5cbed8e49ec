package vn.motcua.result;

/** How one component of a dossier stands in the digitisation at intake (Circular 03/2025 Art. 5). */
public enum DigitizationState {
    ELECTRONIC("Nộp bản điện tử"),
    SCANNED("Đã số hóa (quét) tại Bộ phận Một cửa"),
    SHOWN("Chỉ xuất trình bản chính"),
    EXEMPT("Không phải số hóa"),
    MISSING("Chưa số hóa");

    private final String label;

    DigitizationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the component still needs digitising: only a missing one does. */
    public boolean pending() {
        return this == MISSING;
    }
}
