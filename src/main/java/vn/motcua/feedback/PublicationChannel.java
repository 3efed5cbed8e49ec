package vn.motcua.feedback;

/** Where an answer was published (Decree 20/2008 Art. 19). */
public enum PublicationChannel {
    WEBSITE("Trang thông tin điện tử của cơ quan"),
    PORTAL("Cổng Dịch vụ công"),
    PRESS("Phương tiện thông tin đại chúng"),
    OTHER("Hình thức khác");

    private final String label;

    PublicationChannel(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown to people. */
    public String label() {
        return label;
    }
}
