package vn.motcua.result;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The digitisation of a dossier's components: one line per component of the procedure (a procedure whose components
 * are not entered has one, "Hồ sơ"); {@code complete} when no component is missing.
 */
public record Digitization(List<Component> components, boolean complete) {

    /**
     * @param recorded   whether the state was recorded (by the desk, or by the applicant's reuse) rather than read from
     *                   the uploaded documents
     * @param reusedFrom the code of the stored result ({@code …-KQ<n>}) the applicant attached instead of uploading the
     *                   component again, or null
     */
    public record Component(String name, DigitizationState state, String stateLabel, Integer pages, Long documentId,
            String reason, boolean recorded, String recordedBy, OffsetDateTime recordedAt, String reusedFrom) {}

    /** What the desk records for one component. */
    public record Entry(String component, DigitizationState state, Integer pages, Long documentId, String reason) {}
}
