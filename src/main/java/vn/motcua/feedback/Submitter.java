package vn.motcua.feedback;

/** Who sent a feedback and how to reach them (Decree 20/2008 Art. 7: name, address, phone or postal address). */
public record Submitter(Type type, String name, String address, String phone, String email) {

    /** A person or an organisation (Art. 3(2)–(3)). */
    public enum Type {
        CITIZEN("Cá nhân"),
        ORGANIZATION("Tổ chức");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
