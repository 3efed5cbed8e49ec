package vn.motcua.dossier.internal;

import java.time.Instant;

/**
 * Rows for PostgreSQL's {@code COPY … FROM STDIN (FORMAT csv)}: texts always quoted (so an empty text stays empty and
 * only an absent value is NULL), instants in ISO-8601 UTC, booleans as {@code t}/{@code f}.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(64 * 1024);
    private boolean rowStarted;
    private int rows;

    CopyRows text(String value) {
        separate();
        if (value != null) {
            text.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    text.append('"');
                }
                text.append(c);
            }
            text.append('"');
        }
        return this;
    }

    CopyRows number(Number value) {
        separate();
        if (value != null) {
            text.append(value);
        }
        return this;
    }

    CopyRows time(Instant value) {
        separate();
        if (value != null) {
            text.append(value);
        }
        return this;
    }

    CopyRows flag(boolean value) {
        separate();
        text.append(value ? 't' : 'f');
        return this;
    }

    CopyRows name(Enum<?> value) {
        return text(value == null ? null : value.name());
    }

    void endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
    }

    int rows() {
        return rows;
    }

    String content() {
        return text.toString();
    }

    private void separate() {
        if (rowStarted) {
            text.append(',');
        }
        rowStarted = true;
    }
}
