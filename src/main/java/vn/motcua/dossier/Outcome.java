package vn.motcua.dossier;

/** The result of a resolved dossier. */
public enum Outcome {
    GRANTED("Giải quyết"),
    REFUSED("Từ chối giải quyết");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
