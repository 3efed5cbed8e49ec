package vn.motcua.control.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.control.CommunicationKind;
import vn.motcua.control.ControlList;

/**
 * The rules of the report's figures: each figure is one list, one condition over its columns (the records behind
 * the figure, listed by the drill-down) and what is counted over them (the records, or the sum of a column). The
 * period is {@code :from} … {@code :to}, both inclusive.
 *
 * <ul>
 *   <li>{@code impactAssessment.tthcAssessed}: TTHC of the drafts whose impact was assessed in the period;
 *       {@code impactAssessment.issuedTthcAssessed}: TTHC of the drafts issued in the period whose impact had been
 *       assessed (on or before the issuance).</li>
 *   <li>{@code appraisal.tthcAppraised} / {@code draftsAppraised}: TTHC and drafts appraised by the Department of
 *       Justice in the period.</li>
 *   <li>{@code review.tthcToReview}: TTHC whose review is due in the period; {@code tthcReviewed}: reviewed in the
 *       period; {@code optionsPassed}: options approved (or approved and implemented) by a decision dated in the
 *       period; {@code tthcTimeCut}: of those, the ones cutting the time limit; {@code workingDaysSaved}: the
 *       working days they cut.</li>
 *   <li>{@code communications.items}, {@code byKind.<KIND>}, {@code visits}: communications dated in the
 *       period.</li>
 *   <li>{@code inspections.planned}: planned for a date in the period; {@code conducted}, {@code violations},
 *       {@code rewarded}, {@code disciplined}: conducted in the period and what they found.</li>
 * </ul>
 */
final class ControlFigures {

    /** One figure: a list, a condition and an aggregate over the rows that meet it. */
    record Figure(String name, ControlList list, String condition, String aggregate) {}

    /** The documents of the report: directive documents dated in the period (a list, not a number). */
    static final String DOCUMENTS = "documents";
    static final String DOCUMENTS_CONDITION = "date BETWEEN :from AND :to";

    private static final String ASSESSED = "impact_assessment_date BETWEEN :from AND :to";
    private static final String ISSUED_ASSESSED = "issuance_date BETWEEN :from AND :to "
            + "AND impact_assessment_date IS NOT NULL AND impact_assessment_date <= issuance_date";
    private static final String APPRAISED = "appraisal_date BETWEEN :from AND :to";
    private static final String PASSED = "status IN ('APPROVED', 'IMPLEMENTED') AND decision_date BETWEEN :from AND :to";
    private static final String TIME_CUT = PASSED + " AND option_kind = 'CUT_TIME_LIMIT'";
    private static final String COMMUNICATED = "date BETWEEN :from AND :to";
    private static final String CONDUCTED = "status = 'CONDUCTED' AND conducted_date BETWEEN :from AND :to";

    static final List<Figure> FIGURES = figures();

    private static List<Figure> figures() {
        List<Figure> all = new ArrayList<>(List.of(
                new Figure("impactAssessment.tthcAssessed", ControlList.LEGAL_DRAFTS, ASSESSED, "sum(tthc_count)"),
                new Figure("impactAssessment.issuedTthcAssessed", ControlList.LEGAL_DRAFTS, ISSUED_ASSESSED,
                        "sum(tthc_count)"),
                new Figure("appraisal.tthcAppraised", ControlList.LEGAL_DRAFTS, APPRAISED, "sum(tthc_count)"),
                new Figure("appraisal.draftsAppraised", ControlList.LEGAL_DRAFTS, APPRAISED, "count(*)"),
                new Figure("review.tthcToReview", ControlList.REVIEWS, "due_date BETWEEN :from AND :to", "count(*)"),
                new Figure("review.tthcReviewed", ControlList.REVIEWS, "reviewed_date BETWEEN :from AND :to",
                        "count(*)"),
                new Figure("review.optionsPassed", ControlList.REVIEWS, PASSED, "count(*)"),
                new Figure("review.tthcTimeCut", ControlList.REVIEWS, TIME_CUT, "count(*)"),
                new Figure("review.workingDaysSaved", ControlList.REVIEWS, TIME_CUT,
                        "sum(time_limit_from - time_limit_to)"),
                new Figure("communications.items", ControlList.COMMUNICATIONS, COMMUNICATED, "count(*)"),
                new Figure("communications.visits", ControlList.COMMUNICATIONS, COMMUNICATED, "sum(visits)")));
        for (CommunicationKind kind : CommunicationKind.values()) {
            all.add(new Figure("communications.byKind." + kind.name(), ControlList.COMMUNICATIONS,
                    COMMUNICATED + " AND kind = '" + kind.name() + "'", "count(*)"));
        }
        all.addAll(List.of(
                new Figure("inspections.planned", ControlList.INSPECTIONS, "planned_date BETWEEN :from AND :to",
                        "count(*)"),
                new Figure("inspections.conducted", ControlList.INSPECTIONS, CONDUCTED, "count(*)"),
                new Figure("inspections.violations", ControlList.INSPECTIONS, CONDUCTED, "sum(violations)"),
                new Figure("inspections.rewarded", ControlList.INSPECTIONS, CONDUCTED, "sum(rewards)"),
                new Figure("inspections.disciplined", ControlList.INSPECTIONS, CONDUCTED, "sum(disciplined)")));
        return List.copyOf(all);
    }

    private ControlFigures() {
    }

    static Optional<Figure> byName(String name) {
        return FIGURES.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The figures of each list, in order. */
    static Map<ControlList, List<Figure>> byList() {
        Map<ControlList, List<Figure>> byList = new LinkedHashMap<>();
        for (Figure figure : FIGURES) {
            byList.computeIfAbsent(figure.list(), l -> new ArrayList<>()).add(figure);
        }
        return byList;
    }
}
