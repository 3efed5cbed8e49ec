package vn.motcua.documents;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What every dossier form says about the dossier. Times are wall-clock times in Vietnam.
 *
 * @param code              the dossier code (mã hồ sơ); null only for a refusal at intake, before a code exists
 * @param procedureCode     the national TTHC code, e.g. "1.014390.H05"
 * @param documentsReceived the components handed in (thành phần hồ sơ), in order
 * @param sets              number of sets (số lượng hồ sơ, bộ)
 * @param timeLimit         the statutory time limit as text, e.g. "10 ngày làm việc"; null when not published
 *                          (the slip leaves dots)
 * @param dueAt             the appointed return time; null leaves dots to fill in
 * @param resultDelivery    where the applicant collects the result, e.g. "Bộ phận Một cửa" or a postal address
 * @param receivingOfficer  the officer who received the dossier; null leaves the signature name blank
 */
public record DossierFacts(String code, String procedureCode, String procedureName, Applicant applicant,
        List<String> documentsReceived, int sets, String timeLimit, LocalDateTime receivedAt, LocalDateTime dueAt,
        String resultDelivery, String receivingOfficer) {

    public DossierFacts {
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(applicant, "applicant");
        documentsReceived = List.copyOf(documentsReceived);
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (sets < 0) {
            throw new IllegalArgumentException("sets must not be negative: " + sets);
        }
    }
}
