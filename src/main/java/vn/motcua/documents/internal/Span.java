package vn.motcua.documents.internal;

/** A run of text in one face; a paragraph is a list of spans. */
record Span(String text, Typeface face) {

    static Span regular(String text) {
        return new Span(text, Typeface.REGULAR);
    }

    static Span bold(String text) {
        return new Span(text, Typeface.BOLD);
    }

    static Span italic(String text) {
        return new Span(text, Typeface.ITALIC);
    }
}
