package vn.motcua.catalog;

/**
 * A catalog search. Every filter is optional; {@code text} matches names with or without diacritics, in any word
 * order and with small typos, or codes.
 *
 * @param agency agency code, or null for every agency
 * @param status ACTIVE by default; null means every status
 * @param onlineLevelUnstated only procedures whose online level is not stated (ignores {@code onlineLevel})
 */
public record SearchQuery(String agency, String text, String field, ProcedureLevel level, ProcedureStatus status,
        OnlineLevel onlineLevel, boolean onlineLevelUnstated, int page, int size) {

    public static final int MAX_SIZE = 100;

    public static SearchQuery text(String agency, String text) {
        return new SearchQuery(agency, text, null, null, ProcedureStatus.ACTIVE, null, false, 0, 20);
    }
}
