package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs and rules laid out for one column width, measured before drawing so a caller can keep the block
 * on one page, place two blocks side by side, or let it flow line by line across pages.
 */
final class TextBlock {

    enum Align { LEFT, CENTER, RIGHT }

    /** A line with its offset from the block's left edge and top, in points. */
    record PlacedLine(Line line, float x, float top, float size, float leading) {}

    /** A horizontal rule with its offset from the block's left edge and top. */
    record Rule(float x, float top, float length) {}

    static final float LEADING = 1.28f;

    private final List<PlacedLine> lines;
    private final List<Rule> rules;
    private final float height;

    private TextBlock(List<PlacedLine> lines, List<Rule> rules, float height) {
        this.lines = List.copyOf(lines);
        this.rules = List.copyOf(rules);
        this.height = height;
    }

    static Builder builder(Fonts fonts, float width) {
        return new Builder(fonts, width);
    }

    float height() {
        return height;
    }

    List<PlacedLine> lines() {
        return lines;
    }

    /** Draws the block with its top-left corner at (left, top). */
    void draw(FormDocument document, float left, float top) {
        for (PlacedLine placed : lines) {
            document.drawLine(placed.line(), left + placed.x(), baseline(top, placed), placed.size());
        }
        for (Rule rule : rules) {
            float y = top - rule.top();
            document.strokeLine(left + rule.x(), y, left + rule.x() + rule.length(), y, 0.6f);
        }
    }

    static float baseline(float top, PlacedLine placed) {
        return top - placed.top() - placed.size();
    }

    static final class Builder {
        private final Fonts fonts;
        private final float width;
        private final List<PlacedLine> lines = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private float cursor;
        private int lastParagraphStart;

        private Builder(Fonts fonts, float width) {
            this.fonts = fonts;
            this.width = width;
        }

        Builder paragraph(float size, Align align, Span... spans) {
            return paragraph(size, align, 0, List.of(spans));
        }

        /**
         * A paragraph whose lines after the first start {@code hanging} points to the right, as in a numbered
         * list item whose number sits in the margin of its own text.
         */
        Builder paragraph(float size, Align align, float hanging, List<Span> spans) {
            float leading = size * LEADING;
            List<Line> wrapped = new LineBreaker(fonts, size).wrap(spans, width, width - hanging);
            lastParagraphStart = lines.size();
            for (int i = 0; i < wrapped.size(); i++) {
                Line line = wrapped.get(i);
                float indent = i == 0 ? 0 : hanging;
                lines.add(new PlacedLine(line, indent + offset(align, line.width(), width - indent), cursor, size,
                        leading));
                cursor += leading;
            }
            return this;
        }

        /** A rule of the given length centred under what came before. */
        Builder centredRule(float length) {
            rules.add(new Rule((width - length) / 2, cursor + 2.5f, length));
            cursor += 6;
            return this;
        }

        Builder gap(float points) {
            cursor += points;
            return this;
        }

        /** The width of the widest line of the last paragraph; 0 if none. */
        float lastParagraphWidth() {
            return (float) lines.subList(lastParagraphStart, lines.size()).stream()
                    .mapToDouble(placed -> placed.line().width()).max().orElse(0);
        }

        TextBlock build() {
            return new TextBlock(lines, rules, cursor);
        }

        private static float offset(Align align, float lineWidth, float available) {
            return switch (align) {
                case LEFT -> 0;
                case CENTER -> Math.max(0, (available - lineWidth) / 2);
                case RIGHT -> Math.max(0, available - lineWidth);
            };
        }
    }
}
