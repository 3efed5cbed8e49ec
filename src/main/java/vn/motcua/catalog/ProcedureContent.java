package vn.motcua.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every constituent part of a procedure in one version (Decree 63/2010 Art. 8(2)): what a citizen reads and what
 * an officer applies. Lists are never null (empty means "not stated"); single values may be null ("not stated").
 * The parts named in {@link #INTERNAL_PARTS} are the catalog keepers' notes (often in English, about sources and
 * other provinces): they are shown to control officers only, never on public pages or in the public API.
 *
 * @param dossierSets the number of sets of the dossier as published ("01 bộ")
 */
public record ProcedureContent(
        String name,
        String fieldCode,
        String fieldName,
        ProcedureLevel level,
        String competentAuthority,
        String appraisingAgency,
        String implementingAgency,
        String competentAuthorityBasis,
        List<String> applicantTypes,
        List<Channel> channels,
        OnlineLevel onlineLevel,
        Map<String, OnlineLevel> onlineLevelByProvince,
        String onlineLevelNote,
        TimeLimit timeLimit,
        List<Fee> fees,
        List<RequiredDocument> documents,
        String dossierSets,
        List<String> steps,
        List<String> conditions,
        List<String> results,
        List<String> legalBases,
        Boolean nonBoundary,
        List<String> predecessors,
        List<String> successors,
        String notes) {

    /**
     * Parts that are curation notes rather than published content: the keepers' notes, the other provinces'
     * online levels and the notes explaining the online level and the competent authority.
     */
    public static final Set<String> INTERNAL_PARTS = Set.of("notes", "onlineLevelByProvince", "onlineLevelNote",
            "competentAuthorityBasis");

    public ProcedureContent {
        applicantTypes = list(applicantTypes);
        channels = list(channels);
        onlineLevelByProvince = onlineLevelByProvince == null ? Map.of() : Map.copyOf(onlineLevelByProvince);
        fees = list(fees);
        documents = list(documents);
        steps = list(steps);
        conditions = list(conditions);
        results = list(results);
        legalBases = list(legalBases);
        predecessors = list(predecessors);
        successors = list(successors);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** A minimal content: name, field and time limit; the rest "not stated". */
    public static ProcedureContent minimal(String name, String fieldName, TimeLimit timeLimit, OnlineLevel onlineLevel) {
        return new ProcedureContent(name, null, fieldName, ProcedureLevel.PROVINCE, null, null, null, null, null, null,
                onlineLevel, null, null, timeLimit, null, null, null, null, null, null, null, null, null, null, null);
    }

    public ProcedureContent withName(String newName) {
        return new ProcedureContent(newName, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, applicantTypes, channels, onlineLevel,
                onlineLevelByProvince, onlineLevelNote, timeLimit, fees, documents, dossierSets, steps, conditions, results,
                legalBases, nonBoundary, predecessors, successors, notes);
    }

    public ProcedureContent withTimeLimit(TimeLimit newLimit) {
        return new ProcedureContent(name, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, applicantTypes, channels, onlineLevel,
                onlineLevelByProvince, onlineLevelNote, newLimit, fees, documents, dossierSets, steps, conditions, results,
                legalBases, nonBoundary, predecessors, successors, notes);
    }

    public ProcedureContent withOnlineLevel(OnlineLevel newLevel) {
        return new ProcedureContent(name, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, applicantTypes, channels, newLevel,
                onlineLevelByProvince, onlineLevelNote, timeLimit, fees, documents, dossierSets, steps, conditions, results,
                legalBases, nonBoundary, predecessors, successors, notes);
    }

    public ProcedureContent withSuccessors(List<String> newSuccessors) {
        return new ProcedureContent(name, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, applicantTypes, channels, onlineLevel,
                onlineLevelByProvince, onlineLevelNote, timeLimit, fees, documents, dossierSets, steps, conditions, results,
                legalBases, nonBoundary, predecessors, newSuccessors, notes);
    }

    /**
     * This content, with the published parts that a catalog file does not state (documents, steps, conditions,
     * results, legal bases, applicants, number of sets, fees, the time limit's and the fee's printed wording) taken from
     * {@code previous}: a catalog file carries the catalog's columns, and importing it again must not drop the
     * content that a content import added to the procedure.
     */
    public ProcedureContent keepingUnstatedFrom(ProcedureContent previous) {
        if (previous == null) {
            return this;
        }
        TimeLimit limit = timeLimit;
        if (limit != null && limit.printed() == null && previous.timeLimit() != null
                && previous.timeLimit().printed() != null
                && java.util.Objects.equals(limit.amount(), previous.timeLimit().amount())
                && limit.unit() == previous.timeLimit().unit()) {
            limit = new TimeLimit(limit.amount(), limit.unit(), previous.timeLimit().printed(), limit.asRecorded());
        } else if (limit == null && previous.timeLimit() != null && previous.timeLimit().amount() == null
                && previous.timeLimit().unit() == null) {
            limit = previous.timeLimit();
        }
        List<Fee> keptFees = or(fees, previous.fees());
        if (fees.size() == 1 && previous.fees().size() == 1 && fees.get(0).printed() == null
                && java.util.Objects.equals(fees.get(0).amountVnd(), previous.fees().get(0).amountVnd())) {
            keptFees = List.of(new Fee(fees.get(0).name(), fees.get(0).amountVnd(), previous.fees().get(0).printed()));
        }
        return new ProcedureContent(name, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, or(applicantTypes, previous.applicantTypes()), channels,
                onlineLevel, onlineLevelByProvince, onlineLevelNote, limit, keptFees,
                or(documents, previous.documents()), dossierSets != null ? dossierSets : previous.dossierSets(),
                or(steps, previous.steps()), or(conditions, previous.conditions()), or(results, previous.results()),
                or(legalBases, previous.legalBases()), nonBoundary, predecessors, successors, notes);
    }

    /** This content with the published parts of a content import; {@code null} or empty keeps the part as it is. */
    public ProcedureContent withPublished(List<String> newApplicants, List<RequiredDocument> newDocuments,
            String newSets, List<String> newSteps, List<String> newConditions, List<String> newResults,
            List<String> newLegalBases, TimeLimit newLimit, List<Fee> newFees) {
        return new ProcedureContent(name, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, or(newApplicants, applicantTypes), channels, onlineLevel,
                onlineLevelByProvince, onlineLevelNote, newLimit == null ? timeLimit : newLimit,
                or(newFees, fees), or(newDocuments, documents), newSets != null ? newSets : dossierSets,
                or(newSteps, steps), or(newConditions, conditions), or(newResults, results),
                or(newLegalBases, legalBases), nonBoundary, predecessors, successors, notes);
    }

    private static <T> List<T> or(List<T> values, List<T> otherwise) {
        return values == null || values.isEmpty() ? otherwise : values;
    }
}
