package vn.motcua.documents.internal;

/** The three faces of the bundled DejaVu Serif. */
enum Typeface {
    REGULAR("fonts/DejaVuSerif.ttf"),
    BOLD("fonts/DejaVuSerif-Bold.ttf"),
    ITALIC("fonts/DejaVuSerif-Italic.ttf");

    private final String resource;

    Typeface(String resource) {
        this.resource = resource;
    }

    String resource() {
        return resource;
    }
}
