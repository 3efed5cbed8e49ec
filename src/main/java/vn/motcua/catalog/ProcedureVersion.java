package vn.motcua.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a procedure; versions are never changed once recorded, a change is a new version.
 *
 * @param version 1, 2, … per procedure
 * @param source how the version was recorded
 * @param effectiveOn the day the version takes effect (null while a draft waits for a decision)
 * @param decision the publication decision that announced it (null for imports and drafts)
 * @param current whether this is the version in force at the time of reading
 */
public record ProcedureVersion(String agency, String code, int version, ProcedureStatus status, ChangeKind changeKind,
        Source source, LocalDate effectiveOn, DecisionRef decision, boolean current, ProcedureContent content,
        Instant createdAt, String createdBy) {

    /** How a version entered the catalog. */
    public enum Source {
        IMPORT("Nhập từ tệp danh mục"),
        DECISION("Quyết định công bố"),
        DRAFT("Dự thảo");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the version waits for its effective date (or, as a draft, for a decision). */
    public boolean pending(LocalDate today) {
        return effectiveOn == null || effectiveOn.isAfter(today);
    }

    public String name() {
        return content.name();
    }
}
