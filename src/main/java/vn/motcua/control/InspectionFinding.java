package vn.motcua.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * What an inspection found in one unit on one content.
 *
 * @param inspectionId  the inspection (a record of the inspections list)
 * @param inspection    its title
 * @param conductedDate when it was conducted; null while only planned
 * @param unit          the unit inspected, as the officer names it ("Phòng Quản lý chuyên ngành")
 * @param note          what was found, the shortcoming or violation; may be empty for a content done well
 */
public record InspectionFinding(long inspectionId, String inspection, LocalDate conductedDate, String unit,
        InspectionContent content, FindingAssessment assessment, String note) {

    /** One content's assessment as the officer records it for a unit. */
    public record Entry(InspectionContent content, FindingAssessment assessment, String note) {}

    @JsonProperty
    public String contentLabel() {
        return content.label();
    }

    @JsonProperty
    public String assessmentLabel() {
        return assessment.label();
    }
}
