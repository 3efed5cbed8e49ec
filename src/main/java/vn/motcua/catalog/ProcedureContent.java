package vn.motcua.catalog;

import java.util.List;
import java.util.Map;

/**
 * Every constituent part of a procedure in one version (Decree 63/2010 Art. 8(2)): what a citizen reads and what
 * an officer applies. Lists are never null (empty means "not stated"); single values may be null ("not stated").
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
        List<String> steps,
        List<String> conditions,
        List<String> results,
        List<String> legalBases,
        Boolean nonBoundary,
        List<String> predecessors,
        List<String> successors,
        String notes) {

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
                onlineLevel, null, null, timeLimit, null, null, null, null, null, null, null, null, null, null);
    }

    public ProcedureContent withName(String newName) {
        return new ProcedureContent(newName, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, applicantTypes, channels, onlineLevel,
                onlineLevelByProvince, onlineLevelNote, timeLimit, fees, documents, steps, conditions, results,
                legalBases, nonBoundary, predecessors, successors, notes);
    }

    public ProcedureContent withTimeLimit(TimeLimit newLimit) {
        return new ProcedureContent(name, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, applicantTypes, channels, onlineLevel,
                onlineLevelByProvince, onlineLevelNote, newLimit, fees, documents, steps, conditions, results,
                legalBases, nonBoundary, predecessors, successors, notes);
    }

    public ProcedureContent withOnlineLevel(OnlineLevel newLevel) {
        return new ProcedureContent(name, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, applicantTypes, channels, newLevel,
                onlineLevelByProvince, onlineLevelNote, timeLimit, fees, documents, steps, conditions, results,
                legalBases, nonBoundary, predecessors, successors, notes);
    }

    public ProcedureContent withSuccessors(List<String> newSuccessors) {
        return new ProcedureContent(name, fieldCode, fieldName, level, competentAuthority, appraisingAgency,
                implementingAgency, competentAuthorityBasis, applicantTypes, channels, onlineLevel,
                onlineLevelByProvince, onlineLevelNote, timeLimit, fees, documents, steps, conditions, results,
                legalBases, nonBoundary, predecessors, newSuccessors, notes);
    }
}
