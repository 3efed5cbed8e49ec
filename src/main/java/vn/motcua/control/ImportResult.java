package vn.motcua.control;

import java.util.List;

/**
 * What an import did: either every row was written ({@code imported} rows, {@code refused} empty) or, when a row
 * is refused, nothing at all ({@code imported} 0) and every refused row with its number in the sheet (the header
 * being row 1) and the Vietnamese reason.
 */
public record ImportResult(int imported, List<Refusal> refused) {

    public ImportResult {
        refused = List.copyOf(refused);
    }

    /** One refused row of the spreadsheet. */
    public record Refusal(int row, String reason) {}

    public boolean accepted() {
        return refused.isEmpty();
    }
}
