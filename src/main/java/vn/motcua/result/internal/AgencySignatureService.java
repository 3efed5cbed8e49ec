package vn.motcua.result.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.motcua.result.AgencySignatures;
import vn.motcua.shared.ProblemException;

/** Signs documents the agency issues itself with the agency's result-signing key. */
@Service
class AgencySignatureService implements AgencySignatures {

    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final DocumentSigning signing;
    private final Clock clock;

    AgencySignatureService(DocumentSigning signing, Clock clock) {
        this.signing = signing;
        this.clock = clock;
    }

    @Override
    public String signer(String agencyCode) {
        return Certificates.commonName(signing.agencyKey(agencyCode, "").certificate());
    }

    @Override
    public Signed sign(String agencyCode, byte[] pdf, String reason, String caption) {
        PdfSigner.Key key = signing.agencyKey(agencyCode, reason);
        Instant now = clock.instant();
        String signer = Certificates.commonName(key.certificate());
        List<String> lines = List.of("ĐÃ KÝ SỐ", "Ký bởi: " + signer, "Thời gian ký: " + SIGNED_AT.format(now)
                + " (UTC+7)", caption);
        try {
            return new Signed(signing.sign(pdf, key, now, reason, agencyCode, lines, null), signer);
        } catch (IOException e) {
            throw new ProblemException(ProblemException.Kind.UNPROCESSABLE, "Không ký số được tài liệu: "
                    + e.getMessage());
        }
    }
}
