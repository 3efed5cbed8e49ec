package vn.motcua.dossier;

import java.time.LocalDate;

/**
 * A work list: the caller's own queue by default (their unit's and their own dossiers; the whole agency for
 * leaders and control officers), open dossiers only unless a status is named, sorted by due date.
 *
 * @param agency the agency (default: the caller's)
 * @param assignedToMe only dossiers assigned to the caller
 * @param overdue only open dossiers past their deadline
 * @param nearDue only open dossiers near their deadline
 * @param from received on or after (inclusive)
 * @param to received on or before (inclusive)
 * @param view one of the one-stop desk's views of the agency's dossiers (desk officers, leaders, control officers,
 *     administrators), or {@code null} for the caller's own queue
 */
public record QueueQuery(String agency, DossierStatus status, String procedure, String unit, boolean assignedToMe,
        boolean overdue, boolean nearDue, SubmissionChannel channel, LocalDate from, LocalDate to, int page,
        int size, DeskView view) {

    /** The caller's own queue (no desk view). */
    public QueueQuery(String agency, DossierStatus status, String procedure, String unit, boolean assignedToMe,
            boolean overdue, boolean nearDue, SubmissionChannel channel, LocalDate from, LocalDate to, int page,
            int size) {
        this(agency, status, procedure, unit, assignedToMe, overdue, nearDue, channel, from, to, page, size, null);
    }

    public static final int MAX_SIZE = 100;

    public QueueQuery {
        if (page < 0) {
            throw vn.motcua.shared.ProblemException.invalidField("page", "Số trang phải từ 0 trở lên");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw vn.motcua.shared.ProblemException.invalidField("size", "Số dòng mỗi trang phải từ 1 đến " + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw vn.motcua.shared.ProblemException.invalidField("from", "Ngày bắt đầu phải trước ngày kết thúc");
        }
    }
}
