package vn.motcua.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An applicant's online submission in progress (bản nháp hồ sơ trực tuyến): the procedure, what they typed and the
 * files they uploaded. Once submitted it keeps the code of the dossier it became. A draft not yet saved has id 0.
 */
public record DossierDraft(long id, String username, String agencyCode, String procedureCode, String procedureName,
        ApplicantFields applicant, String resultDelivery, List<DraftFile> files, String dossierCode,
        Instant createdAt, Instant updatedAt, Instant submittedAt) {

    public DossierDraft {
        files = List.copyOf(files);
    }

    /**
     * The applicant's fields as typed, checked only at submission. Blank values become null, and the type is
     * {@code CITIZEN} unless given ({@code CITIZEN} or {@code ORGANIZATION}).
     */
    public record ApplicantFields(String type, String name, String idNumber, String phone, String email,
            String address) {

        public ApplicantFields {
            type = blank(type) == null ? "CITIZEN" : blank(type);
            name = blank(name);
            idNumber = blank(idNumber);
            phone = blank(phone);
            email = blank(email);
            address = blank(address);
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /**
     * One file for one component of the dossier, kept in the file storage under {@code key}: uploaded, or a result of
     * the applicant's store attached instead ({@code reusedResult}, its code {@code …-KQ<n>}; else null).
     */
    public record DraftFile(String document, String fileName, String key, long size, String reusedResult) {}

    /** The file uploaded for the component named {@code document}, if any. */
    public Optional<DraftFile> fileFor(String document) {
        return files.stream().filter(f -> f.document().equals(document)).findFirst();
    }

    public boolean submitted() {
        return dossierCode != null;
    }
}
