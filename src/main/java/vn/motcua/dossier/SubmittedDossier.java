package vn.motcua.dossier;

import java.time.Instant;

/** A dossier in its applicant's own list: what they submitted, where it stands and when the result is due. */
public record SubmittedDossier(String code, String agencyCode, String procedureCode, String procedureName,
        SubmissionChannel channel, DossierStatus status, Instant submittedAt, Instant dueAt) {}
