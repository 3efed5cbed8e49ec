package vn.motcua.result.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks every signature of a PDF: the CMS signature over its byte range (any changed byte in the range breaks the
 * message digest, any changed byte of the signature itself breaks the signature), whether the range reaches the end
 * of the file, and whether the signer's certificate chains to a trust anchor, each link valid at the signing time.
 */
final class PdfVerifier {

    record Checked(String signer, String issuer, Instant signedAt, boolean valid, boolean coversWholeDocument,
            boolean chainTrusted, String subFilter) {}

    private PdfVerifier() {}

    /** {@code now}: the time a signature without a signing time is checked at. Throws IOException when the bytes are not a PDF PDFBox can read. */
    static List<Checked> verify(byte[] pdf, Collection<X509Certificate> anchors, Instant now) throws IOException {
        List<Checked> checked = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                checked.add(check(signature, pdf, anchors, now));
            }
        }
        return checked;
    }

    private static Checked check(PDSignature signature, byte[] pdf, Collection<X509Certificate> anchors,
            Instant now) {
        int[] range = signature.getByteRange();
        boolean whole = range != null && range.length == 4 && range[0] == 0
                && (long) range[2] + range[3] == pdf.length;
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String signer = signature.getName();
        String issuer = null;
        boolean valid = false;
        boolean trusted = false;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> own = cms.getCertificates().getMatches(info.getSID());
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate(own.iterator().next());
            signer = Certificates.commonName(certificate);
            issuer = Certificates.commonName(certificate.getIssuerX500Principal());
            valid = info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            List<X509Certificate> pool = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            for (X509CertificateHolder holder : all) {
                pool.add(converter.getCertificate(holder));
            }
            trusted = valid && chainsTo(certificate, pool, anchors, signedAt == null ? now : signedAt);
        } catch (Exception e) {
            valid = false;
        }
        return new Checked(signer, issuer, signedAt, valid, whole, trusted, signature.getSubFilter());
    }

    /** Whether the chain from {@code certificate} through {@code pool} reaches an anchor, each link valid at {@code at}. */
    static boolean chainsTo(X509Certificate certificate, List<X509Certificate> pool,
            Collection<X509Certificate> anchors, Instant at) {
        X509Certificate current = certificate;
        for (int depth = 0; depth < 8; depth++) {
            if (!validAt(current, at)) {
                return false;
            }
            for (X509Certificate anchor : anchors) {
                if (anchor.equals(current)) {
                    return true;
                }
                if (issuedBy(current, anchor)) {
                    return validAt(anchor, at);
                }
            }
            X509Certificate next = null;
            for (X509Certificate candidate : pool) {
                if (!candidate.equals(current) && issuedBy(current, candidate)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return false;
            }
            current = next;
        }
        return false;
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())
                || issuer.getBasicConstraints() < 0) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean validAt(X509Certificate certificate, Instant at) {
        try {
            certificate.checkValidity(Date.from(at));
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
