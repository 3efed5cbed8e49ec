package vn.motcua.dossier;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * What a verification of the audit trail found.
 *
 * @param agencies the agencies whose dossiers' chains were recomputed
 * @param dossiers how many dossiers, {@code events} how many history events were checked
 * @param breaks each dossier's events whose stored link does not match their content (at most {@value #MAX_BREAKS})
 * @param anchors how many daily anchors were checked, over all agencies
 * @param anchorBreaks the anchors whose events or seal no longer match
 * @param unanchoredEvents events appended since the last anchor, protected by their chains only
 */
public record AuditVerification(Instant verifiedAt, List<String> agencies, long dossiers, long events,
        List<ChainBreak> breaks, int anchors, List<AnchorBreak> anchorBreaks, long unanchoredEvents) {

    public static final int MAX_BREAKS = 500;

    public AuditVerification {
        agencies = List.copyOf(agencies);
        breaks = List.copyOf(breaks);
        anchorBreaks = List.copyOf(anchorBreaks);
    }

    /** Whether nothing was found changed. */
    @JsonProperty("intact")
    public boolean intact() {
        return breaks.isEmpty() && anchorBreaks.isEmpty();
    }

    /** Why a link or an anchor does not hold, with the Vietnamese text shown to people. */
    public enum Problem {
        CHANGED("Nội dung sự kiện đã bị sửa sau khi ghi"),
        MISSING_PREDECESSOR("Thiếu sự kiện liền trước (đã bị xóa)"),
        NOT_CHAINED("Sự kiện không có mã liên kết"),
        EVENTS_CHANGED("Các sự kiện đã niêm phong đã bị sửa, xóa hoặc chèn thêm"),
        SEAL_MISMATCH("Dấu niêm phong không khớp: mốc đã bị sửa"),
        OTHER_KEY("Mốc được niêm phong bằng khóa khác với khóa đang cấu hình");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The first event of a dossier's chain that fails, and why. */
    public record ChainBreak(String dossierCode, String agencyCode, int seq, String eventType, Instant at,
            Problem problem) {}

    /** A daily anchor: the events with ids {@code firstEventId..lastEventId}, sealed at {@code anchoredAt}. */
    public record Anchor(long id, Instant anchoredAt, long firstEventId, long lastEventId, long eventCount) {}

    /** An anchor that no longer matches its events or its seal. */
    public record AnchorBreak(Anchor anchor, Problem problem) {}
}
