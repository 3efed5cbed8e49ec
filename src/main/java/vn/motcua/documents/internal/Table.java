package vn.motcua.documents.internal;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.documents.internal.TextBlock.Align;

/**
 * A ruled table across the content width: cells wrap within their column, a row never splits across pages,
 * and the header row (with an optional group heading over some columns) repeats on every page.
 */
final class Table {

    /** A column: bold heading, share of the width, alignment of its cells. */
    record Column(String heading, float weight, Align align) {}

    /** A heading over columns {@code first} to {@code last} (inclusive), above their own headings. */
    record Group(String heading, int first, int last) {}

    private static final float PADDING = 2.5f;
    private static final float RULE = 0.5f;

    private final List<Column> columns;
    private final Group group;
    private final float size;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<Column> columns, Group group, float size) {
        this.columns = List.copyOf(columns);
        this.group = group;
        this.size = size;
    }

    Table(List<Column> columns, float size) {
        this(columns, null, size);
    }

    void addRow(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("expected %d cells, got %d".formatted(columns.size(), cells.size()));
        }
        rows.add(List.copyOf(cells));
    }

    void writeTo(FormDocument document) {
        float[] edges = edges(document);
        Header header = header(document, edges);
        boolean headerOnPage = false;
        for (List<String> row : rows) {
            List<TextBlock> cells = cells(document, edges, row);
            float height = rowHeight(cells);
            if (headerOnPage && !document.fits(height)) {
                document.newPage();
                headerOnPage = false;
            }
            if (!headerOnPage) {
                header.draw(document, height);
                headerOnPage = true;
            }
            drawRow(document, edges, cells, height);
        }
        if (!headerOnPage) {
            header.draw(document, 0);
        }
    }

    private float[] edges(FormDocument document) {
        double total = columns.stream().mapToDouble(Column::weight).sum();
        float[] edges = new float[columns.size() + 1];
        edges[0] = document.left();
        for (int i = 0; i < columns.size(); i++) {
            edges[i + 1] = edges[i] + (float) (columns.get(i).weight() / total * document.width());
        }
        return edges;
    }

    private List<TextBlock> cells(FormDocument document, float[] edges, List<String> row) {
        List<TextBlock> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(cell(document, edges, i, Span.regular(row.get(i)), columns.get(i).align()));
        }
        return cells;
    }

    private TextBlock cell(FormDocument document, float[] edges, int first, int last, Span text, Align align) {
        float width = edges[last + 1] - edges[first] - 2 * PADDING;
        return document.block(width).paragraph(size, align, text).build();
    }

    private TextBlock cell(FormDocument document, float[] edges, int column, Span text, Align align) {
        return cell(document, edges, column, column, text, align);
    }

    private static float rowHeight(List<TextBlock> cells) {
        return (float) cells.stream().mapToDouble(TextBlock::height).max().orElse(0) + 2 * PADDING;
    }

    private void drawRow(FormDocument document, float[] edges, List<TextBlock> cells, float height) {
        float top = document.y();
        for (int i = 0; i < cells.size(); i++) {
            cells.get(i).draw(document, edges[i] + PADDING, top - PADDING);
        }
        float bottom = top - height;
        document.strokeLine(edges[0], bottom, edges[edges.length - 1], bottom, RULE);
        for (float edge : edges) {
            document.strokeLine(edge, top, edge, bottom, RULE);
        }
        document.advance(height);
    }

    private Header header(FormDocument document, float[] edges) {
        List<TextBlock> headings = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            headings.add(cell(document, edges, i, Span.bold(columns.get(i).heading()), Align.CENTER));
        }
        TextBlock groupHeading = group == null ? null
                : cell(document, edges, group.first(), group.last(), Span.bold(group.heading()), Align.CENTER);
        return new Header(edges, headings, groupHeading);
    }

    private boolean grouped(int column) {
        return group != null && column >= group.first() && column <= group.last();
    }

    /** The heading rows, measured once and drawn at the top of each page the table covers. */
    private final class Header {
        private final float[] edges;
        private final List<TextBlock> headings;
        private final TextBlock groupHeading;
        private final float groupHeight;
        private final float height;

        Header(float[] edges, List<TextBlock> headings, TextBlock groupHeading) {
            this.edges = edges;
            this.headings = headings;
            this.groupHeading = groupHeading;
            this.groupHeight = groupHeading == null ? 0 : groupHeading.height() + 2 * PADDING;
            float below = 0;
            float whole = groupHeight;
            for (int i = 0; i < headings.size(); i++) {
                float h = headings.get(i).height() + 2 * PADDING;
                if (grouped(i)) {
                    below = Math.max(below, h);
                } else {
                    whole = Math.max(whole, h);
                }
            }
            this.height = Math.max(whole, groupHeight + below);
        }

        /** Draws the header, first moving to a new page unless it fits here with the row that follows. */
        void draw(FormDocument document, float firstRowHeight) {
            document.ensureRoom(height + firstRowHeight);
            float top = document.y();
            float bottom = top - height;
            document.strokeLine(edges[0], top, edges[edges.length - 1], top, RULE);
            for (int i = 0; i < headings.size(); i++) {
                float cellTop = grouped(i) ? top - groupHeight : top;
                TextBlock heading = headings.get(i);
                float slack = (cellTop - bottom - heading.height()) / 2;
                heading.draw(document, edges[i] + PADDING, cellTop - slack);
            }
            drawGroup(document, top);
            for (int i = 0; i < edges.length; i++) {
                boolean insideGroup = group != null && i > group.first() && i <= group.last();
                document.strokeLine(edges[i], insideGroup ? top - groupHeight : top, edges[i], bottom, RULE);
            }
            document.strokeLine(edges[0], bottom, edges[edges.length - 1], bottom, RULE);
            document.advance(height);
        }

        private void drawGroup(FormDocument document, float top) {
            if (groupHeading == null) {
                return;
            }
            groupHeading.draw(document, edges[group.first()] + PADDING, top - PADDING);
            float y = top - groupHeight;
            document.strokeLine(edges[group.first()], y, edges[group.last() + 1], y, RULE);
        }
    }
}
