package vn.motcua.ledger;

import java.util.EnumMap;
import java.util.Map;

/** The figures of one field (lĩnh vực) for a period; {@code field} is null for dossiers without one. */
public record LedgerRow(String field, Map<LedgerFigure, Long> counts) {

    public LedgerRow {
        EnumMap<LedgerFigure, Long> copy = new EnumMap<>(LedgerFigure.class);
        for (LedgerFigure figure : LedgerFigure.values()) {
            copy.put(figure, counts.getOrDefault(figure, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(copy);
    }

    public long get(LedgerFigure figure) {
        return counts.get(figure);
    }
}
