package vn.motcua.dossier.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An applicant's online submission in progress: the procedure, what they typed, and the files they uploaded (kept in
 * the file storage by key). Once submitted it keeps the dossier code and serves as the applicant's list of dossiers.
 */
record Draft(long id, String username, String agencyCode, String procedureCode, String procedureName,
        Fields applicant, String resultDelivery, List<File> files, String dossierCode, Instant createdAt,
        Instant updatedAt, Instant submittedAt) {

    /** The applicant fields as typed; not validated until submission. */
    record Fields(String type, String name, String idNumber, String phone, String email, String address) {

        static Fields empty() {
            return new Fields("CITIZEN", null, null, null, null, null);
        }
    }

    /** One uploaded file for one component of the dossier. */
    record File(String document, String fileName, String key, long size) {}

    Optional<File> fileFor(String document) {
        return files.stream().filter(f -> f.document().equals(document)).findFirst();
    }

    boolean submitted() {
        return dossierCode != null;
    }
}
