package vn.motcua.result.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Dossiers;
import vn.motcua.dossier.SubmittedDossier;
import vn.motcua.result.DossierResult;

/**
 * The applicant's store (kho kết quả): the results of the dossiers a person submitted as applicant, once resolved or
 * returned, newest dossier first. What they may download, and what they may attach to a new dossier instead of
 * uploading it again.
 */
@Component
class ApplicantResults {

    /** How many of the applicant's dossiers the store looks through. */
    private static final int DOSSIERS = 500;

    private final Dossiers dossiers;
    private final ResultRepository repository;

    ApplicantResults(Dossiers dossiers, ResultRepository repository) {
        this.dossiers = dossiers;
        this.repository = repository;
    }

    List<DossierResult> of(String applicant) {
        return dossiers.submittedBy(applicant, DOSSIERS).stream()
                .filter(d -> d.status() == DossierStatus.RESOLVED || d.status() == DossierStatus.RETURNED)
                .map(SubmittedDossier::code)
                .flatMap(code -> repository.list(code).stream()).toList();
    }

    boolean holds(String applicant, String resultCode) {
        return of(applicant).stream().anyMatch(r -> r.resultCode().equals(resultCode));
    }
}
