package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

/** One page of a work list. */
public record QueuePage(List<Item> items, int page, int size, long total) {

    /** A dossier in a list: enough to pick it and see what is late. */
    public record Item(String code, String procedureCode, String procedureName, String applicantName,
            SubmissionChannel channel, DossierStatus status, Stage stage, Instant receivedAt, Instant dueAt,
            String currentUnit, String assignee, Timeliness timeliness, int version) {

        public boolean overdue() {
            return timeliness == Timeliness.OVERDUE || timeliness == Timeliness.LATE;
        }

        public boolean nearDue() {
            return timeliness == Timeliness.NEAR_DUE;
        }
    }
}
