package vn.motcua.result;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The digitisation of a dossier's components: one line per component of the procedure (a procedure whose components
 * are not entered has one, "Hồ sơ"); {@code complete} when no component is missing.
 */
public record Digitization(List<Component> components, boolean complete) {

    /**
     * @param recorded whether the desk recorded the state (else it is read from the uploaded documents)
     */
    public record Component(String name, DigitizationState state, String stateLabel, Integer pages, Long documentId,
            String reason, boolean recorded, String recordedBy, OffsetDateTime recordedAt) {}

    /** What the desk records for one component. */
    public record Entry(String component, DigitizationState state, Integer pages, Long documentId, String reason) {}
}
