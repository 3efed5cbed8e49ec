package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks spans into lines by measured width: at spaces, at line feeds, and inside a word only when the word
 * alone is wider than the line.
 */
final class LineBreaker {

    private record Word(String text, Typeface face, boolean spaceBefore, int breaksBefore) {}

    private final Fonts fonts;
    private final float size;

    LineBreaker(Fonts fonts, float size) {
        this.fonts = fonts;
        this.size = size;
    }

    /** Lines no wider than {@code firstWidth} for the first line and {@code otherWidth} for the rest. */
    List<Line> wrap(List<Span> spans, float firstWidth, float otherWidth) {
        List<Line> lines = new ArrayList<>();
        LineBuilder current = new LineBuilder(firstWidth);
        for (Word word : words(spans)) {
            for (int i = 0; i < word.breaksBefore(); i++) {
                current = emit(lines, current, otherWidth);
            }
            current = place(word, current, lines, otherWidth);
        }
        if (!current.isEmpty()) {
            lines.add(current.build());
        }
        return lines;
    }

    private LineBuilder place(Word word, LineBuilder current, List<Line> lines, float otherWidth) {
        String text = fonts.printable(word.text(), word.face());
        float wordWidth = width(text, word.face());
        float spaceWidth = word.spaceBefore() && !current.isEmpty() ? width(" ", word.face()) : 0;
        if (!current.isEmpty() && current.width + spaceWidth + wordWidth > current.maxWidth) {
            current = emit(lines, current, otherWidth);
            spaceWidth = 0;
        }
        if (wordWidth <= current.maxWidth - current.width - spaceWidth) {
            current.add((spaceWidth > 0 ? " " : "") + text, word.face(), spaceWidth + wordWidth);
            return current;
        }
        return splitLongWord(text, word.face(), current, lines, otherWidth);
    }

    private LineBuilder splitLongWord(String text, Typeface face, LineBuilder current, List<Line> lines,
            float otherWidth) {
        StringBuilder chunk = new StringBuilder();
        float chunkWidth = 0;
        for (int cp : text.codePoints().toArray()) {
            String ch = new String(Character.toChars(cp));
            float w = width(ch, face);
            if (chunk.length() > 0 && current.width + chunkWidth + w > current.maxWidth) {
                current.add(chunk.toString(), face, chunkWidth);
                current = emit(lines, current, otherWidth);
                chunk.setLength(0);
                chunkWidth = 0;
            }
            chunk.append(ch);
            chunkWidth += w;
        }
        current.add(chunk.toString(), face, chunkWidth);
        return current;
    }

    private static LineBuilder emit(List<Line> lines, LineBuilder current, float otherWidth) {
        lines.add(current.build());
        return new LineBuilder(otherWidth);
    }

    private float width(String text, Typeface face) {
        return fonts.width(text, face, size);
    }

    private static List<Word> words(List<Span> spans) {
        List<Word> words = new ArrayList<>();
        boolean space = false;
        int breaks = 0;
        for (Span span : spans) {
            StringBuilder word = new StringBuilder();
            for (int cp : Texts.clean(span.text()).codePoints().toArray()) {
                if (cp == '\n' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    if (word.length() > 0) {
                        words.add(new Word(word.toString(), span.face(), space, breaks));
                        word.setLength(0);
                        breaks = 0;
                    }
                    space = cp != '\n';
                    breaks += cp == '\n' ? 1 : 0;
                } else {
                    word.appendCodePoint(cp);
                }
            }
            if (word.length() > 0) {
                words.add(new Word(word.toString(), span.face(), space, breaks));
                space = false;
                breaks = 0;
            }
        }
        return words;
    }

    /** A line being filled; consecutive text in one face is kept as one span. */
    private static final class LineBuilder {
        private final List<Span> spans = new ArrayList<>();
        private final float maxWidth;
        private float width;

        LineBuilder(float maxWidth) {
            this.maxWidth = maxWidth;
        }

        boolean isEmpty() {
            return spans.isEmpty();
        }

        void add(String text, Typeface face, float textWidth) {
            int last = spans.size() - 1;
            if (last >= 0 && spans.get(last).face() == face) {
                spans.set(last, new Span(spans.get(last).text() + text, face));
            } else {
                spans.add(new Span(text, face));
            }
            width += textWidth;
        }

        Line build() {
            return new Line(spans, width);
        }
    }
}
