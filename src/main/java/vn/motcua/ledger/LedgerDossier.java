package vn.motcua.ledger;

import java.time.Instant;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.SubmissionChannel;

/** A dossier behind a ledger figure (drill-down): what a control officer checks, nothing private beyond the name. */
public record LedgerDossier(String code, String procedureCode, String procedureName, String field,
        SubmissionChannel channel, DossierStatus status, String applicantName, Instant receivedAt,
        Instant deadlineDueAt, Instant finishedAt) {}
