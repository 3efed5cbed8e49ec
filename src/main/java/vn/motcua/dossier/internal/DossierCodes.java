package vn.motcua.dossier.internal;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierCode;
import vn.motcua.dossier.internal.rules.CentralisedCodeRule;
import vn.motcua.dossier.internal.rules.RuleSet;

/**
 * Hands out dossier codes: the legacy {@link DossierCode} from the gap-free sequence of the agency's day, or, for a
 * centralised procedure received from the {@link CentralisedCodeRule}'s first day, the centralised code from its own
 * gap-free sequence (agency, {@code AA}, day). Both counters are rows locked until the registering transaction ends,
 * so a rolled-back registration gives its number back.
 */
@Component
class DossierCodes {

    static final String LEGACY_2018 = "LEGACY_2018";

    private final DossierRepository repository;
    private final CentralisedCodeRule centralised;

    DossierCodes(DossierRepository repository, DossierCodeProperties properties) {
        this.repository = repository;
        this.centralised = new CentralisedCodeRule(properties.nationalFormatFrom(),
                properties.centralisedProcedures() == null ? Set.of() : Set.copyOf(properties.centralisedProcedures()),
                properties.centralisedSystemDigits());
    }

    /** The next code of the agency's day for a dossier of {@code procedureCode}; call inside the registering transaction. */
    String next(String agency, LocalDate day, RuleSet rules, String procedureCode) {
        if (!LEGACY_2018.equals(rules.codeFormat())) {
            throw new IllegalStateException("Unsupported dossier code format " + rules.codeFormat());
        }
        if (centralised.applies(day, procedureCode)) {
            return centralised.code(agency, day,
                    repository.nextCentralisedSequence(agency, centralised.systemDigits(), day));
        }
        return new DossierCode(agency, day, repository.nextSequence(agency, day)).toString();
    }
}
