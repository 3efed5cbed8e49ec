package vn.motcua.control.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.control.ControlList;
import vn.motcua.shared.ProblemException;

/** The checks of a record's input: field by field, then the list's rules, every problem at once. */
class RecordInputTest {

    private static Map<String, Object> review(Object... pairs) {
        Map<String, Object> input = new HashMap<>(Map.of("agencyCode", "000.00.22.H05", "year", 2024,
                "procedureCode", "1.001", "procedureName", "Thủ tục", "dueDate", "2024-03-01", "status", "PROPOSED"));
        for (int i = 0; i < pairs.length; i += 2) {
            input.put((String) pairs[i], pairs[i + 1]);
        }
        return input;
    }

    private static List<String> refusedFields(ControlList list, Map<String, Object> input) {
        try {
            RecordInput.read(list, input);
        } catch (ProblemException problem) {
            assertThat(problem.kind()).isEqualTo(ProblemException.Kind.INVALID);
            return problem.fields().stream().map(ProblemException.FieldProblem::field).toList();
        }
        return List.of();
    }

    @Test
    void valuesAreReadFromJsonFormsAndSpreadsheetsAlike() {
        RecordInput read = RecordInput.read(ControlList.COMMUNICATIONS, Map.of("agencyCode", " 000.00.22.H05 ",
                "date", "5/3/2024", "kind", "hội nghị, tập huấn", "title", "  Tập huấn ", "visits", 1234.0));
        assertThat(read.agency().value()).isEqualTo("000.00.22.H05");
        assertThat(read.values()).containsEntry("date", LocalDate.of(2024, 3, 5)).containsEntry("kind", "CONFERENCE")
                .containsEntry("title", "Tập huấn").containsEntry("visits", 1234L).containsEntry("link", null);
        assertThat(RecordInput.read(ControlList.COMMUNICATIONS, Map.of("agencyCode", "000.00.22.H05",
                "date", LocalDate.of(2024, 3, 5), "kind", "ARTICLE", "title", "x", "visits", "1.200")).values())
                .containsEntry("visits", 1200L);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThat(refusedFields(ControlList.COMMUNICATIONS, Map.of("date", "2024-02-30", "kind", "TV",
                "link", "skhcn.vn", "visits", "1,5"))).containsExactly("agencyCode", "date", "kind", "title", "link",
                "visits");
        assertThat(refusedFields(ControlList.LEGAL_DRAFTS, Map.of("agencyCode", "000.00.22.H05", "name", "x",
                "tthcCount", -1))).containsExactly("tthcCount");
    }

    @Test
    void anInspectionConductedHasItsDateAndItsCountsDefaultToZero() {
        assertThat(refusedFields(ControlList.INSPECTIONS, Map.of("agencyCode", "000.00.22.H05", "title", "x",
                "status", "CONDUCTED", "plannedDate", "2024-01-01"))).containsExactly("conductedDate");
        assertThat(refusedFields(ControlList.INSPECTIONS, Map.of("agencyCode", "000.00.22.H05", "title", "x",
                "status", "PLANNED"))).containsExactly("plannedDate");
        assertThat(RecordInput.read(ControlList.INSPECTIONS, Map.of("agencyCode", "000.00.22.H05", "title", "x",
                "status", "PLANNED", "plannedDate", "01/01/2024")).values()).containsEntry("violations", 0L)
                .containsEntry("disciplined", 0L);
    }

    @Test
    void aReviewOptionCuttingTheTimeLimitMakesItShorterAndAnApprovedOneHasItsDecision() {
        assertThat(refusedFields(ControlList.REVIEWS, review())).isEmpty();
        assertThat(refusedFields(ControlList.REVIEWS, review("status", "SUBMITTED"))).containsExactly("optionKind");
        assertThat(refusedFields(ControlList.REVIEWS, review("optionKind", "CUT_TIME_LIMIT")))
                .containsExactly("timeLimitFrom", "timeLimitTo");
        assertThat(refusedFields(ControlList.REVIEWS, review("optionKind", "CUT_TIME_LIMIT", "timeLimitFrom", 10,
                "timeLimitTo", 10))).containsExactly("timeLimitTo");
        assertThat(refusedFields(ControlList.REVIEWS, review("optionKind", "ABOLISH", "status", "APPROVED")))
                .containsExactly("decisionNumber", "decisionDate");
        assertThat(refusedFields(ControlList.REVIEWS, review("year", 1800))).containsExactly("year");
    }

    @Test
    void aDraftsDatesDoNotGoBackwards() {
        assertThat(refusedFields(ControlList.LEGAL_DRAFTS, Map.of("agencyCode", "000.00.22.H05", "name", "x",
                "tthcCount", 3, "impactAssessmentDate", "2024-03-01", "appraisalDate", "2024-02-01",
                "issuanceDate", "2024-04-01"))).containsExactly("appraisalDate");
    }
}
