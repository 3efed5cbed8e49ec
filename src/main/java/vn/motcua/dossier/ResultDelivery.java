package vn.motcua.dossier;

/** Where the applicant receives the result; chosen independently of the submission channel. */
public enum ResultDelivery {
    DESK("Tại Bộ phận Một cửa"),
    POST("Qua dịch vụ bưu chính công ích"),
    ONLINE("Trực tuyến");

    private final String label;

    ResultDelivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
