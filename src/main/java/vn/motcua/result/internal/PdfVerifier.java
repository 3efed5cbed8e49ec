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
 * The unsigned parts are held to strict rules so that no changed byte of the file passes: the gap holds exactly the
 * hex string, the signature is one DER object followed by zero padding and re-encodes to the same bytes (a BER
 * signature made elsewhere is therefore reported as not intact: conservative), signing-certificate-v2 names the
 * signer's certificate by its hash, and every carried certificate verifies against its issuer when that is at hand.
 */
final class PdfVerifier {

    /**
     * @param coversWholeDocument      the byte range reaches the end of the file
     * @param wholeButValidationData   the byte range reaches the end of the file but for exactly the DSS update
     *                                 (validation data, PAdES B-LT) this system appends: nothing else was added
     * @param timestamp                the signature timestamp (PAdES B-T), or null
     * @param level                    PAdES baseline level reached: B-B, B-T (a valid timestamp) or B-LT (and the
     *                                 signer's and the TSA's certificates in the DSS)
     */
    record Checked(String signer, String issuer, Instant signedAt, boolean valid, boolean coversWholeDocument,
            boolean chainTrusted, String subFilter, boolean wholeButValidationData, Timestamp timestamp,
            String level) {}

    /**
     * @param valid   the token's signature verifies, by a certificate with the timeStamping purpose valid at its time,
     *                and its message imprint is the hash of this signature's value
     * @param trusted the TSA's certificate chains to a trust anchor
     */
    record Timestamp(Instant time, String authority, boolean valid, boolean trusted, X509Certificate certificate) {}

    private PdfVerifier() {}

    /** {@code now}: the time a signature without a signing time is checked at. Throws IOException when the bytes are not a PDF PDFBox can read. */
    static List<Checked> verify(byte[] pdf, Collection<X509Certificate> anchors, Instant now) throws IOException {
        List<Checked> checked = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfLtv.ValidationData dss = PdfLtv.read(document);
            List<X509Certificate> dssCertificates = new ArrayList<>();
            for (byte[] der : dss.certificates()) {
                try {
                    dssCertificates.add(Certificates.fromDer(der));
                } catch (RuntimeException unreadable) {
                    dss = new PdfLtv.ValidationData(List.of(), List.of());
                    dssCertificates.clear();
                    break;
                }
            }
            boolean dssIntact = dssIntact(dss, dssCertificates, carried(document, pdf, anchors));
            for (PDSignature signature : document.getSignatureDictionaries()) {
                checked.add(check(signature, pdf, anchors, now, dss, dssIntact ? dssCertificates : List.of()));
            }
        }
        return checked;
    }

    private static Checked check(PDSignature signature, byte[] pdf, Collection<X509Certificate> anchors,
            Instant now, PdfLtv.ValidationData dss, List<X509Certificate> dssCertificates) {
        int[] range = signature.getByteRange();
        boolean whole = range != null && range.length == 4 && range[0] == 0
                && (long) range[2] + range[3] == pdf.length;
        boolean wholeButValidationData = !whole && range != null && range.length == 4 && range[0] == 0
                && !dssCertificates.isEmpty() && PdfLtv.onlyValidationDataAfter(pdf, range[2] + range[3], dss);
        Timestamp timestamp = null;
        String level = "B-B";
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        String signer = signature.getName();
        String issuer = null;
        boolean valid = false;
        boolean trusted = false;
        try {
            byte[] contents = gap(pdf, range);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    contents);
            if (!java.util.Arrays.equals(cms.toASN1Structure().getEncoded("DER"), contents)
                    || !cms.toASN1Structure().getContentType().equals(
                    org.bouncycastle.asn1.cms.CMSObjectIdentifiers.signedData)
                    || cms.getSignerInfos().size() != 1) {
                throw new IllegalArgumentException("not one signer's SignedData");
            }
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            if (!cms.getDigestAlgorithmIDs().contains(info.getDigestAlgorithmID())
                    || cms.getVersion() < 1 || cms.getVersion() > 5 || info.getVersion() < 1 || info.getVersion() > 3) {
                throw new IllegalArgumentException("digest algorithms disagree");
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> own = cms.getCertificates().getMatches(info.getSID());
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate certificate = converter.getCertificate(own.iterator().next());
            signer = Certificates.commonName(certificate);
            issuer = Certificates.commonName(certificate.getIssuerX500Principal());
            valid = exactSignerInfo(contents, certificate)
                    && info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))
                    && signingCertificateMatches(info, certificate);
            List<X509Certificate> pool = new ArrayList<>();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = cms.getCertificates().getMatches(null);
            for (X509CertificateHolder holder : all) {
                pool.add(converter.getCertificate(holder));
            }
            valid = valid && certificatesIntact(pool, anchors);
            if (info.getUnsignedAttributes() != null) {
                timestamp = timestamp(info, anchors, pool, dssCertificates);
                valid = valid && timestamp.valid();
            }
            Instant checkedAt = timestamp != null && timestamp.valid() ? timestamp.time()
                    : signedAt == null ? now : signedAt;
            List<X509Certificate> withDss = new ArrayList<>(pool);
            withDss.addAll(dssCertificates);
            trusted = valid && chainsTo(certificate, withDss, anchors, checkedAt);
            if (valid && timestamp != null) {
                level = dssCertificates.contains(certificate) && dssCertificates.contains(timestamp.certificate())
                        ? "B-LT" : "B-T";
            }
        } catch (Exception e) {
            valid = false;
        }
        return new Checked(signer, issuer, signedAt, valid, whole, trusted, signature.getSubFilter(),
                wholeButValidationData, timestamp, valid ? level : "B-B");
    }

    /**
     * The DSS's items are what they claim: each certificate is, byte for byte, one the signatures or their timestamps
     * carry or a trust anchor, and each CRL is exact DER (no unused bits in its signature) verifying against one of
     * those certificates; so no byte of them can change unseen although no signature covers them.
     */
    private static boolean dssIntact(PdfLtv.ValidationData dss, List<X509Certificate> certificates,
            List<X509Certificate> known) {
        try {
            for (X509Certificate certificate : certificates) {
                if (!known.contains(certificate)) {
                    return false;
                }
            }
            for (int i = 0; i < certificates.size(); i++) {
                if (!java.util.Arrays.equals(certificates.get(i).getEncoded(), dss.certificates().get(i))) {
                    return false;
                }
            }
            for (byte[] der : dss.crls()) {
                org.bouncycastle.cert.X509CRLHolder crl = new org.bouncycastle.cert.X509CRLHolder(der);
                if (!java.util.Arrays.equals(crl.toASN1Structure().getEncoded("DER"), der)
                        || crl.toASN1Structure().getSignature().getPadBits() != 0) {
                    return false;
                }
                boolean verified = false;
                for (X509Certificate issuer : known) {
                    if (org.bouncycastle.asn1.x500.X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded())
                            .equals(crl.getIssuer()) && crl.isSignatureValid(
                            new org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder()
                                    .build(issuer.getPublicKey()))) {
                        verified = true;
                        break;
                    }
                }
                if (!verified) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The certificates the signatures and their timestamp tokens carry, and the anchors. */
    private static List<X509Certificate> carried(PDDocument document, byte[] pdf,
            Collection<X509Certificate> anchors) throws IOException {
        List<X509Certificate> known = new ArrayList<>(anchors);
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (PDSignature signature : document.getSignatureDictionaries()) {
            try {
                CMSSignedData cms = new CMSSignedData(signature.getContents(pdf));
                List<org.bouncycastle.util.Store<X509CertificateHolder>> stores = new ArrayList<>();
                stores.add(cms.getCertificates());
                for (SignerInformation info : cms.getSignerInfos().getSigners()) {
                    if (info.getUnsignedAttributes() != null) {
                        org.bouncycastle.asn1.cms.Attribute token = info.getUnsignedAttributes().get(
                                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
                        if (token != null) {
                            stores.add(new CMSSignedData(org.bouncycastle.asn1.cms.ContentInfo.getInstance(
                                    token.getAttrValues().getObjectAt(0))).getCertificates());
                        }
                    }
                }
                for (org.bouncycastle.util.Store<X509CertificateHolder> store : stores) {
                    for (X509CertificateHolder holder : store.getMatches(null)) {
                        known.add(converter.getCertificate(holder));
                    }
                }
            } catch (Exception unreadable) {
                // a signature that cannot be read vouches for no certificate
            }
        }
        return known;
    }

    /**
     * The signature timestamp: the only unsigned attribute allowed (any other, or a changed byte in its identifier,
     * makes it invalid), one RFC 3161 token over the hash of this signature's value.
     */
    private static Timestamp timestamp(SignerInformation info, Collection<X509Certificate> anchors,
            List<X509Certificate> pool, List<X509Certificate> dssCertificates) {
        org.bouncycastle.asn1.cms.AttributeTable unsigned = info.getUnsignedAttributes();
        org.bouncycastle.asn1.cms.Attribute attribute = unsigned.get(
                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (unsigned.size() != 1 || attribute == null || attribute.getAttrValues().size() != 1) {
            return new Timestamp(null, null, false, false, null);
        }
        try {
            org.bouncycastle.tsp.TimeStampToken token = new org.bouncycastle.tsp.TimeStampToken(
                    org.bouncycastle.asn1.cms.ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            org.bouncycastle.tsp.TimeStampTokenInfo tst = token.getTimeStampInfo();
            Instant time = tst.getGenTime().toInstant();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> own = token.getCertificates().getMatches(token.getSID());
            if (own.isEmpty()) {
                return new Timestamp(time, null, false, false, null);
            }
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            X509Certificate tsa = converter.getCertificate(own.iterator().next());
            String algorithm = tst.getMessageImprintAlgOID()
                    .equals(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256) ? "SHA-256"
                    : tst.getMessageImprintAlgOID().getId();
            boolean valid = java.security.MessageDigest.isEqual(tst.getMessageImprintDigest(),
                    java.security.MessageDigest.getInstance(algorithm).digest(info.getSignature()));
            try {
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa));
            } catch (Exception e) {
                valid = false;
            }
            List<X509Certificate> tsaPool = new ArrayList<>(pool);
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> all = token.getCertificates().getMatches(null);
            List<X509Certificate> carried = new ArrayList<>();
            for (X509CertificateHolder holder : all) {
                carried.add(converter.getCertificate(holder));
            }
            valid = valid && certificatesIntact(carried, anchors);
            tsaPool.addAll(carried);
            tsaPool.addAll(dssCertificates);
            return new Timestamp(time, Certificates.commonName(tsa), valid,
                    valid && chainsTo(tsa, tsaPool, anchors, time), tsa);
        } catch (Exception e) {
            return new Timestamp(null, null, false, false, null);
        }
    }

    /**
     * The signer info as written: its signer identifier encodes the certificate's issuer name byte for byte (not
     * merely an equal name) and its signed attributes carry the tag [0].
     */
    private static boolean exactSignerInfo(byte[] contents, X509Certificate certificate) throws Exception {
        org.bouncycastle.asn1.ASN1Sequence contentInfo = org.bouncycastle.asn1.ASN1Sequence.getInstance(contents);
        org.bouncycastle.asn1.ASN1Sequence signedData = org.bouncycastle.asn1.ASN1Sequence.getInstance(
                org.bouncycastle.asn1.ASN1TaggedObject.getInstance(contentInfo.getObjectAt(1)).getExplicitBaseObject());
        org.bouncycastle.asn1.ASN1Set signerInfos = org.bouncycastle.asn1.ASN1Set.getInstance(
                signedData.getObjectAt(signedData.size() - 1));
        org.bouncycastle.asn1.ASN1Sequence signerInfo = org.bouncycastle.asn1.ASN1Sequence.getInstance(
                signerInfos.getObjectAt(0));
        org.bouncycastle.asn1.ASN1Encodable sid = signerInfo.getObjectAt(1);
        if (sid instanceof org.bouncycastle.asn1.ASN1Sequence issuerAndSerial) {
            if (!java.util.Arrays.equals(issuerAndSerial.getObjectAt(0).toASN1Primitive().getEncoded("DER"),
                    certificate.getIssuerX500Principal().getEncoded())) {
                return false;
            }
        }
        org.bouncycastle.asn1.ASN1Encodable attributes = signerInfo.getObjectAt(3);
        return !(attributes instanceof org.bouncycastle.asn1.ASN1TaggedObject tagged) || tagged.getTagNo() == 0;
    }

    /**
     * The certificates the signature carries are unchanged as far as can be told: each one whose issuer is at hand (in
     * the set, the trust list, or itself) verifies against it, and one naming a trusted root is that root.
     */
    private static boolean certificatesIntact(List<X509Certificate> pool, Collection<X509Certificate> anchors) {
        List<X509Certificate> issuers = new ArrayList<>(pool);
        issuers.addAll(anchors);
        for (X509Certificate certificate : pool) {
            for (X509Certificate anchor : anchors) {
                if (anchor.getSubjectX500Principal().equals(certificate.getSubjectX500Principal())
                        && anchor.getPublicKey().equals(certificate.getPublicKey()) && !anchor.equals(certificate)) {
                    return false;
                }
            }
            boolean known = false;
            boolean verified = false;
            for (X509Certificate issuer : issuers) {
                if (issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                    known = true;
                    try {
                        certificate.verify(issuer.getPublicKey());
                        verified = true;
                    } catch (Exception e) {
                        // another certificate of the same name may be the issuer
                    }
                }
            }
            if (known && !verified) {
                return false;
            }
        }
        return true;
    }

    /**
     * The signed attribute signing-certificate-v2 (when present; PAdES requires it) names this certificate by its
     * hash, so a changed certificate in the signature's unsigned certificate set is detected.
     */
    private static boolean signingCertificateMatches(SignerInformation info, X509Certificate certificate)
            throws Exception {
        if (info.getSignedAttributes() == null) {
            return true;
        }
        org.bouncycastle.asn1.cms.Attribute attribute = info.getSignedAttributes()
                .get(org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        org.bouncycastle.asn1.ess.ESSCertIDv2 id = org.bouncycastle.asn1.ess.SigningCertificateV2
                .getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
        String algorithm = id.getHashAlgorithm().getAlgorithm()
                .equals(org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256) ? "SHA-256"
                : id.getHashAlgorithm().getAlgorithm().getId();
        return java.security.MessageDigest.isEqual(id.getCertHash(),
                java.security.MessageDigest.getInstance(algorithm).digest(certificate.getEncoded()));
    }

    /**
     * The signature's bytes, read from the gap the byte range leaves: exactly {@code <hex digits>}, and nothing but
     * zero padding after the one DER object, so that a changed byte of the unsigned gap is also detected.
     */
    static byte[] gap(byte[] pdf, int[] range) {
        int start = range[0] + range[1];
        int end = range[2];
        if (range[0] != 0 || start >= end || end > pdf.length || pdf[start] != '<' || pdf[end - 1] != '>'
                || (end - start - 2) % 2 != 0) {
            throw new IllegalArgumentException("the byte range does not leave exactly the signature's hex string");
        }
        byte[] bytes = new byte[(end - start - 2) / 2];
        for (int i = 0; i < bytes.length; i++) {
            int high = Character.digit(pdf[start + 1 + 2 * i], 16);
            int low = Character.digit(pdf[start + 2 + 2 * i], 16);
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("not a hex digit in the signature");
            }
            bytes[i] = (byte) (high << 4 | low);
        }
        int length = derLength(bytes);
        for (int i = length; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                throw new IllegalArgumentException("changed padding after the signature");
            }
        }
        return java.util.Arrays.copyOf(bytes, length);
    }

    /** The length of the DER object (a SEQUENCE with a definite length) at the start of {@code bytes}. */
    private static int derLength(byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != 0x30) {
            throw new IllegalArgumentException("not a DER sequence");
        }
        int first = bytes[1] & 0xff;
        if (first < 0x80) {
            return 2 + first;
        }
        int count = first & 0x7f;
        if (count == 0 || count > 4 || bytes.length < 2 + count) {
            throw new IllegalArgumentException("unsupported DER length");
        }
        long length = 0;
        for (int i = 0; i < count; i++) {
            length = length << 8 | (bytes[2 + i] & 0xff);
        }
        if (2 + count + length > bytes.length) {
            throw new IllegalArgumentException("DER length beyond the signature");
        }
        return (int) (2 + count + length);
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
