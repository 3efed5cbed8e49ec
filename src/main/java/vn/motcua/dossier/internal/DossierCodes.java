package vn.motcua.dossier.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.internal.rules.RuleSet;

/** Hands out dossier codes ({@link DossierCode}): the gap-free sequence of the agency's day. */
@Component
class DossierCodes {

    static final String LEGACY_2018 = "LEGACY_2018";

    private final DossierRepository repository;

    DossierCodes(DossierRepository repository) {
        this.repository = repository;
    }

    /** The next code of the agency's day; call inside the registering transaction. */
    String next(String agency, LocalDate day, RuleSet rules) {
        if (!LEGACY_2018.equals(rules.codeFormat())) {
            throw new IllegalStateException("Unsupported dossier code format " + rules.codeFormat());
        }
        return new DossierCode(agency, day, repository.nextSequence(agency, day)).toString();
    }
}
