package vn.motcua.documents.internal;

import java.util.List;

/** One laid-out line: printable spans, and their total width in points at the size it was laid out for. */
record Line(List<Span> spans, float width) {

    Line {
        spans = List.copyOf(spans);
    }

    /** The line's text, as a text extractor should read it back. */
    String text() {
        StringBuilder text = new StringBuilder();
        spans.forEach(span -> text.append(span.text()));
        return text.toString();
    }
}
