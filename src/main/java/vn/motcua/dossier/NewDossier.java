package vn.motcua.dossier;

import java.util.List;

/**
 * A dossier to register: at the desk ({@code DIRECT}), from the post ({@code POSTAL}) or online ({@code ONLINE}).
 *
 * @param receive whether the desk officer receives it at once (the clock starts); otherwise it waits as SUBMITTED
 * @param idempotencyKey a retry with the same key by the same caller returns the same dossier
 * @param receivedComponents with {@code receive}, the components the desk checked as handed in (null: no checklist
 *                           kept); see {@link ActionCommand.Receive}
 */
public record NewDossier(String agencyCode, String procedureCode, SubmissionChannel channel,
        ResultDelivery resultDelivery, Applicant applicant, boolean receive, String idempotencyKey,
        List<String> receivedComponents) {

    public NewDossier(String agencyCode, String procedureCode, SubmissionChannel channel,
            ResultDelivery resultDelivery, Applicant applicant, boolean receive, String idempotencyKey) {
        this(agencyCode, procedureCode, channel, resultDelivery, applicant, receive, idempotencyKey, null);
    }
}
