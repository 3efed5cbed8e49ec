package vn.motcua.dossier;

/** How the dossier reached the agency (KenhThucHien: 1 direct, 3 postal, 2 online). */
public enum SubmissionChannel {
    DIRECT("Trực tiếp tại Bộ phận Một cửa", 1),
    POSTAL("Qua dịch vụ bưu chính công ích", 3),
    ONLINE("Trực tuyến", 2);

    private final String label;
    private final int nationalCode;

    SubmissionChannel(String label, int nationalCode) {
        this.label = label;
        this.nationalCode = nationalCode;
    }

    public String label() {
        return label;
    }

    public int nationalCode() {
        return nationalCode;
    }

    /** A paper dossier: scanned at intake, moved by hand, subject to the 15:00 transfer cut-off. */
    public boolean isPaper() {
        return this != ONLINE;
    }
}
