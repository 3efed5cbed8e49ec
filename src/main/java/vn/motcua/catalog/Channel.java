package vn.motcua.catalog;

/** How an applicant may submit a dossier and receive the result (cách thức thực hiện). */
public enum Channel {
    DESK("Trực tiếp tại Bộ phận Một cửa"),
    POST("Qua dịch vụ bưu chính công ích"),
    ONLINE("Trực tuyến");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
