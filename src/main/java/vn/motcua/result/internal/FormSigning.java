package vn.motcua.result.internal;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.DossierFormSigner;
import vn.motcua.result.AgencySignatures;

/**
 * Signs the receipt slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả) with the agency's (organisation) signature when
 * {@code motcua.signing.sign-receipts=true} (read at each slip, default off). A slip that cannot be signed (no key,
 * service down) is kept unsigned, with a warning in the log, rather than withheld from the applicant.
 */
@Component
class FormSigning implements DossierFormSigner {

    static final String PROPERTY = "motcua.signing.sign-receipts";
    private static final Logger log = LoggerFactory.getLogger(FormSigning.class);

    private final AgencySignatures signatures;
    private final Environment environment;

    FormSigning(AgencySignatures signatures, Environment environment) {
        this.signatures = signatures;
        this.environment = environment;
    }

    @Override
    public Optional<byte[]> sign(String agencyCode, String dossierCode, String form, byte[] pdf) {
        if (!"receipt".equals(form) || !environment.getProperty(PROPERTY, Boolean.class, false)) {
            return Optional.empty();
        }
        try {
            return Optional.of(signatures.sign(agencyCode, pdf, "Ký số giấy tiếp nhận hồ sơ và hẹn trả kết quả "
                    + dossierCode, "Giấy tiếp nhận hồ sơ " + dossierCode).pdf());
        } catch (RuntimeException e) {
            log.warn("The receipt slip of {} is kept unsigned: {}", dossierCode, e.getMessage());
            return Optional.empty();
        }
    }
}
