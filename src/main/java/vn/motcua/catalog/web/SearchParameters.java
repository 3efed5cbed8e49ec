package vn.motcua.catalog.web;

import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.ProcedureLevel;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.SearchQuery;
import vn.motcua.shared.ProblemException;

/** Query parameters of the catalog search (API and pages), checked with Vietnamese messages naming the field. */
final class SearchParameters {

    private SearchParameters() {}

    static SearchQuery query(String agency, String q, String field, String level, String status, String onlineLevel,
            int page, int size) {
        ProcedureStatus statusFilter = ProcedureStatus.ACTIVE;
        if (status != null && !status.isBlank()) {
            String value = status.strip().toUpperCase(java.util.Locale.ROOT);
            if (value.equals("ALL")) {
                statusFilter = null;
            } else {
                statusFilter = parse(ProcedureStatus.class, value, "status",
                        "Trạng thái phải là ACTIVE, ABOLISHED hoặc ALL.");
            }
        }
        OnlineLevel online = null;
        boolean unstated = false;
        if (onlineLevel != null && !onlineLevel.isBlank()) {
            String value = onlineLevel.strip().toUpperCase(java.util.Locale.ROOT);
            if (value.equals("UNSTATED")) {
                unstated = true;
            } else {
                online = parse(OnlineLevel.class, value, "onlineLevel",
                        "Mức độ trực tuyến phải là FULL, PARTIAL, NONE hoặc UNSTATED.");
            }
        }
        ProcedureLevel procedureLevel = level == null || level.isBlank() ? null
                : parse(ProcedureLevel.class, level.strip().toUpperCase(java.util.Locale.ROOT), "level",
                        "Cấp thực hiện phải là CENTRAL, PROVINCE, DISTRICT hoặc COMMUNE.");
        if (page < 0) {
            throw ProblemException.invalidField("page", "Số trang (page) phải từ 0 trở lên.");
        }
        if (size < 1 || size > SearchQuery.MAX_SIZE) {
            throw ProblemException.invalidField("size", "Cỡ trang (size) phải từ 1 đến " + SearchQuery.MAX_SIZE + ".");
        }
        return new SearchQuery(blank(agency), blank(q), blank(field), procedureLevel, statusFilter, online, unstated,
                page, size);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, String message) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, message);
        }
    }
}
