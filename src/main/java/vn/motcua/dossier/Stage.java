package vn.motcua.dossier;

/** Where an in-progress dossier is inside the agency (the sub-states of "Đang xử lý"). */
public enum Stage {
    AT_DESK("Tại Bộ phận Một cửa"),
    PROCESSING("Đang thực hiện bước xử lý"),
    CONSULTING("Đang lấy ý kiến"),
    INTER_AGENCY("Đang xử lý liên thông"),
    READY_TO_ISSUE("Đã hoàn thành các bước, chờ ban hành kết quả");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
