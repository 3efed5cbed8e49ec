package vn.motcua.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.DecisionRef;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureStatus;
import vn.motcua.catalog.ProcedureVersion;

/** A stored version with its row ids. */
record VersionRow(long id, long procedureId, String agency, String code, int version, ProcedureStatus status,
        ChangeKind changeKind, ProcedureVersion.Source source, LocalDate effectiveOn, DecisionRef decision,
        ProcedureContent content, Instant createdAt, String createdBy) {

    boolean inForceBy(LocalDate today) {
        return effectiveOn != null && !effectiveOn.isAfter(today);
    }

    ProcedureVersion toVersion(boolean current) {
        return new ProcedureVersion(agency, code, version, status, changeKind, source, effectiveOn, decision, current,
                content, createdAt, createdBy);
    }
}
