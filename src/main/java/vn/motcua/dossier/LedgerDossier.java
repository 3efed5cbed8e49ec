package vn.motcua.dossier;

import java.time.Instant;

/** A dossier behind a ledger figure (drill-down): what a control officer checks, nothing private beyond the name. */
public record LedgerDossier(String code, String procedureCode, String procedureName, String field,
        SubmissionChannel channel, DossierStatus status, String applicantName, Instant receivedAt,
        Instant deadlineDueAt, Instant finishedAt) {}
