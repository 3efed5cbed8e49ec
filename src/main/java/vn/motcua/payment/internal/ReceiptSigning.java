package vn.motcua.payment.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.motcua.platform.FileStorage;
import vn.motcua.platform.JobHandler;
import vn.motcua.result.AgencySignatures;
import vn.motcua.shared.ProblemException;

/**
 * The job that signs an issued e-receipt with the collecting agency's key and keeps the signed PDF: queued in the
 * transaction that issued the receipt, run after it commits. Run again it finds the receipt signed and does nothing.
 * An agency without a key (no keystore, demo keys off) keeps its receipt unsigned: the PDF is drawn from the data.
 */
@Component
class ReceiptSigning implements JobHandler {

    static final String KIND = "payment.receipt.sign";

    private static final Logger log = LoggerFactory.getLogger(ReceiptSigning.class);

    private final PaymentRepository repository;
    private final PaymentService payments;
    private final AgencySignatures signatures;
    private final FileStorage storage;
    private final Clock clock;

    ReceiptSigning(PaymentRepository repository, PaymentService payments, AgencySignatures signatures,
            FileStorage storage, Clock clock) {
        this.repository = repository;
        this.payments = payments;
        this.signatures = signatures;
        this.storage = storage;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String payload) {
        repository.lockUnsigned(Long.parseLong(payload)).ifPresent(receipt -> {
            String signer;
            try {
                signer = signatures.signer(receipt.agencyCode());
            } catch (ProblemException e) {
                log.warn("E-receipt {} of {} left unsigned: {}", receipt.number(), receipt.agencyCode(),
                        e.getMessage());
                return;
            }
            byte[] pdf = payments.unsignedReceipt(receipt, signer);
            AgencySignatures.Signed signed = signatures.sign(receipt.agencyCode(), pdf,
                    "Ký số biên lai điện tử thu phí, lệ phí", "Biên lai " + receipt.series() + " số "
                            + "%07d".formatted(receipt.number()));
            repository.signed(receipt.id(), storage.store(new ByteArrayInputStream(signed.pdf())).key(),
                    signed.signer(), clock.instant());
        });
    }
}
