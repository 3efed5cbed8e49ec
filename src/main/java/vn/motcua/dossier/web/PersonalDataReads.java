package vn.motcua.dossier.web;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierAudit;
import vn.motcua.identity.PersonalDataAccess;
import vn.motcua.identity.PersonalDataLog;
import vn.motcua.shared.ProblemException;

/** Records the applicant's personal data shown to someone other than the applicant, and lists those readings. */
final class PersonalDataReads {

    static final String DOSSIER = "DOSSIER";
    /** The fields' Vietnamese names, for the audit page. */
    static final java.util.Map<String, String> FIELD_LABELS = java.util.Map.of("idNumber", "số định danh", "phone",
            "điện thoại", "email", "thư điện tử", "address", "địa chỉ");

    private PersonalDataReads() {}

    /** Records that {@code reader} was shown the dossier's applicant data through {@code channel} (API or PAGE). */
    static void shown(PersonalDataLog log, Dossier dossier, String reader, String channel) {
        if (reader.equalsIgnoreCase(String.valueOf(dossier.applicantUsername()))) {
            return;
        }
        log.record(reader, DOSSIER, dossier.code(), dossier.agencyCode(), fields(dossier.applicant()), channel);
    }

    /** The personal fields an applicant record holds (the name alone is not logged: it is on every list). */
    static List<String> fields(Applicant applicant) {
        List<String> fields = new ArrayList<>();
        if (applicant.idNumber() != null) {
            fields.add("idNumber");
        }
        if (applicant.phone() != null) {
            fields.add("phone");
        }
        if (applicant.email() != null) {
            fields.add("email");
        }
        if (applicant.address() != null) {
            fields.add("address");
        }
        return fields;
    }

    /** The latest readings the reader may see: every agency for administrators, else the agencies they audit. */
    static List<PersonalDataAccess> recent(DossierAudit audit, PersonalDataLog log, String reader, String subject,
            String actor, int limit) {
        List<String> agencies = audit.auditableAgencies(reader);
        if (agencies.isEmpty()) {
            throw new ProblemException(ProblemException.Kind.FORBIDDEN,
                    "Chỉ lãnh đạo, cán bộ kiểm soát TTHC và quản trị hệ thống được xem nhật ký truy cập dữ liệu.");
        }
        return log.recent(agencies, subject, actor, limit);
    }
}
