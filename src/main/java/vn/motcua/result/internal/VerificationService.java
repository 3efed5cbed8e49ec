package vn.motcua.result.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.motcua.result.DossierResult;
import vn.motcua.result.SignatureVerification;
import vn.motcua.result.internal.PdfVerifier.Checked;
import vn.motcua.shared.ProblemException;
import vn.motcua.shared.web.VietnamTime;

/** Verifies uploaded PDFs against the trust list and matches them with the results issued here by hash. */
@Service
class VerificationService implements SignatureVerification {

    private final SigningKeys keys;
    private final ResultRepository results;
    private final Clock clock;

    VerificationService(SigningKeys keys, ResultRepository results, Clock clock) {
        this.keys = keys;
        this.results = results;
        this.clock = clock;
    }

    @Override
    public Verification verify(byte[] file) {
        if (file == null || file.length < 5 || !new String(file, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("%PDF-")) {
            throw ProblemException.invalidField("file", "Tệp không phải PDF; chỉ xác thực được tệp PDF có chữ ký số.");
        }
        List<Checked> checked;
        try {
            checked = PdfVerifier.verify(file, keys.trustAnchors(), clock.instant());
        } catch (IOException | RuntimeException damaged) {
            // a PDF so damaged (a changed byte in its structure) that its signatures cannot be read: not intact
            checked = List.of();
        }
        List<SignatureCheck> signatures = checked.stream().map(c -> new SignatureCheck(c.signer(), c.issuer(),
                c.signedAt() == null ? null : VietnamTime.offset(c.signedAt()), c.valid(), c.coversWholeDocument(),
                c.chainTrusted(), c.subFilter(), c.wholeButValidationData(), c.level(),
                c.timestamp() == null ? null : new Timestamp(c.timestamp().time() == null ? null
                        : VietnamTime.offset(c.timestamp().time()), c.timestamp().authority(), c.timestamp().valid(),
                        c.timestamp().trusted()))).toList();
        boolean intact = !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::valid)
                && signatures.stream().anyMatch(s -> s.coversWholeDocument() || s.validationDataAdded());
        IssuedResult issued = results.byHash(ResultService.sha256(file))
                .map(r -> new IssuedResult(r.resultCode(), r.dossierCode(), r.title(), r.number())).orElse(null);
        return new Verification(intact, signatures, issued);
    }

    @Override
    public Optional<DossierResult> signedResult(String resultCode) {
        return results.signedByCode(resultCode);
    }
}
