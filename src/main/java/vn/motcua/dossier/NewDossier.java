package vn.motcua.dossier;

import java.util.List;
import java.util.Set;

/**
 * A dossier to register: at the desk ({@code DIRECT}), from the post ({@code POSTAL}) or online ({@code ONLINE}).
 *
 * @param receive whether the desk officer receives it at once (the clock starts); otherwise it waits as SUBMITTED
 * @param idempotencyKey a retry with the same key by the same caller returns the same dossier
 * @param receivedComponents with {@code receive}, the components the desk checked as handed in (null: no checklist
 *                           kept); see {@link ActionCommand.Receive}
 * @param noticeChannels the channels the applicant chose to be told on (recorded with the registration); null when
 *                       no choice was recorded (the addresses given are used), empty for none
 */
public record NewDossier(String agencyCode, String procedureCode, SubmissionChannel channel,
        ResultDelivery resultDelivery, Applicant applicant, boolean receive, String idempotencyKey,
        List<String> receivedComponents, Set<NoticeChannel> noticeChannels) {

    public NewDossier {
        noticeChannels = noticeChannels == null ? null : Set.copyOf(noticeChannels);
    }

    public NewDossier(String agencyCode, String procedureCode, SubmissionChannel channel,
            ResultDelivery resultDelivery, Applicant applicant, boolean receive, String idempotencyKey,
            List<String> receivedComponents) {
        this(agencyCode, procedureCode, channel, resultDelivery, applicant, receive, idempotencyKey,
                receivedComponents, null);
    }

    public NewDossier(String agencyCode, String procedureCode, SubmissionChannel channel,
            ResultDelivery resultDelivery, Applicant applicant, boolean receive, String idempotencyKey) {
        this(agencyCode, procedureCode, channel, resultDelivery, applicant, receive, idempotencyKey, null);
    }
}
