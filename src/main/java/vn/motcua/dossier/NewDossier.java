package vn.motcua.dossier;

/**
 * A dossier to register: at the desk ({@code DIRECT}), from the post ({@code POSTAL}) or online ({@code ONLINE}).
 *
 * @param receive whether the desk officer receives it at once (the clock starts); otherwise it waits as SUBMITTED
 * @param idempotencyKey a retry with the same key by the same caller returns the same dossier
 */
public record NewDossier(String agencyCode, String procedureCode, SubmissionChannel channel,
        ResultDelivery resultDelivery, Applicant applicant, boolean receive, String idempotencyKey) {}
