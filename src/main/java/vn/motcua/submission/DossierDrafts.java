package vn.motcua.submission;

import java.util.List;
import java.util.Map;
import vn.motcua.dossier.DocumentUpload;

/**
 * Online submission by the applicant (nộp hồ sơ trực tuyến) before a dossier exists: a draft of a procedure that
 * takes online dossiers, saved with its files and resumed later, then submitted once. A draft is its owner's only:
 * another person's draft is answered with 404, like an unknown one. Every write is one transaction. Refusals raise
 * {@link vn.motcua.shared.ProblemException} with a Vietnamese explanation. {@code applicant} is the signed-in
 * username.
 */
public interface DossierDrafts {

    /** The component name used when the procedure publishes no list of components. */
    String ATTACHMENT = "Tài liệu kèm theo";

    /**
     * What one save of the form carries: the fields as typed, the way to receive the result ({@code DESK},
     * {@code POST}, {@code ONLINE} or blank), the files chosen, each naming its component by name or by its number
     * in the procedure's list ("1", "2", …), and the results of the applicant's store attached instead of a file
     * (component by name or number → result code {@code …-KQ<n>}). A file or a result replaces the one saved for the
     * same component. The streams are read to their end and closed.
     */
    record DraftChanges(DossierDraft.ApplicantFields applicant, String resultDelivery, List<DocumentUpload> files,
            Map<String, String> reusedResults) {

        public DraftChanges {
            applicant = applicant == null ? new DossierDraft.ApplicantFields(null, null, null, null, null, null)
                    : applicant;
            files = files == null ? List.of() : List.copyOf(files);
            reusedResults = reusedResults == null ? Map.of() : Map.copyOf(reusedResults);
        }

        public DraftChanges(DossierDraft.ApplicantFields applicant, String resultDelivery, List<DocumentUpload> files) {
            this(applicant, resultDelivery, files, Map.of());
        }
    }

    /**
     * A new draft, not saved (id 0), of the procedure in force, with the applicant's full name from their account.
     * 404 when the procedure is not named, 409 when it takes no online dossiers.
     */
    DossierDraft blank(String agencyCode, String procedureCode, String applicant);

    /**
     * Starts the draft of the form that carried {@code formToken} and saves the changes into it. The same form posted
     * again (a double click) saves into the same draft. Refused like {@link #blank}, and with 400 for a missing token.
     */
    DossierDraft start(String agencyCode, String procedureCode, String formToken, DraftChanges changes,
            String applicant);

    /** Saves the changes into the applicant's draft. A submitted draft is returned unchanged. */
    DossierDraft save(long draftId, DraftChanges changes, String applicant);

    DossierDraft get(long draftId, String applicant);

    /** The applicant's drafts, submitted ones included, most recently saved or submitted first. */
    List<DossierDraft> mine(String applicant);

    /**
     * Registers the draft as an online dossier waiting for the desk's check, with its files, and returns the draft
     * with the dossier's code. A draft is submitted once: submitting it again returns the same dossier code. An
     * incomplete draft is refused with 400, naming every gap at once: the applicant's fields
     * ({@code applicant.name}, …) and the components without a file ({@code file-0}, {@code file-1}, … by their
     * position in the procedure's list). A component attached from the applicant's stored results is recorded as reused
     * digitised data (766 metric 4.3).
     */
    default DossierDraft submit(long draftId, String applicant) {
        return submit(draftId, applicant, null);
    }

    /**
     * {@link #submit(long, String)} with the channels the applicant chose to be told on; those without an address
     * in the draft (e-mail; the phone for SMS and Zalo) are left out; null when the form did not ask.
     */
    DossierDraft submit(long draftId, String applicant, java.util.Set<vn.motcua.dossier.NoticeChannel> notices);

    /**
     * The applicant's fields that come from their national identity, by form field name ({@code applicantType},
     * {@code applicantName}, {@code applicantIdNumber}, {@code applicantAddress}, {@code applicantPhone},
     * {@code applicantEmail}): shown read-only, and what the form posts for them is replaced by the identity's values.
     * Empty for an applicant who never signed in with a national identity.
     */
    java.util.Set<String> providedFields(String applicant);

    /**
     * A new draft of the procedure filled from one of the applicant's earlier drafts or submissions
     * ({@code reuseDraftId}): its applicant's fields and result delivery, the fields from the identity kept.
     */
    DossierDraft reuse(String agencyCode, String procedureCode, long reuseDraftId, String applicant);

    /**
     * Why the applicant may not submit this procedure online as signed in now, or {@code null} when they may: the
     * procedure asks for a national sign-in at a minimum assurance level (catalog setting) that the current one lacks.
     */
    String assuranceRefusal(String agencyCode, String procedureCode);
}
