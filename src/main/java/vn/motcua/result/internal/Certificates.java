package vn.motcua.result.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificate helpers: names, PKCS#12 keystores, and the demo's certification authority and agency certificates. */
final class Certificates {

    /** A certification authority or an end entity made here: its key and certificate. */
    record Issued(PrivateKey privateKey, X509Certificate certificate) {}

    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {}

    static String commonName(X509Certificate certificate) {
        return commonName(certificate.getSubjectX500Principal());
    }

    static String commonName(X500Principal principal) {
        X500Name name = X500Name.getInstance(principal.getEncoded());
        RDN[] cn = name.getRDNs(BCStyle.CN);
        return cn.length == 0 ? principal.getName() : IETFUtils.valueToString(cn[0].getFirst().getValue());
    }

    /** A self-signed root, valid from {@code from} for {@code years}. */
    static Issued authority(String commonName, String organisation, Instant from, int years) {
        KeyPair pair = keyPair();
        X500Name subject = name(commonName, organisation);
        return new Issued(pair.getPrivate(),
                build(subject, pair, subject, pair.getPrivate(), null, from, years, Purpose.AUTHORITY));
    }

    /** An end-entity certificate for signing documents (digital signature, non-repudiation), issued by {@code ca}. */
    static Issued signer(Issued ca, String commonName, String organisation, Instant from, int years) {
        KeyPair pair = keyPair();
        X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        return new Issued(pair.getPrivate(), build(name(commonName, organisation), pair, issuer, ca.privateKey(),
                ca.certificate(), from, years, Purpose.SIGNER));
    }

    /**
     * A time-stamping authority's certificate issued by {@code ca}: digital signature key usage and the extended key
     * usage {@code id-kp-timeStamping} alone, critical, as RFC 3161 §2.3 requires.
     */
    static Issued timeStamping(Issued ca, String commonName, String organisation, Instant from, int years) {
        KeyPair pair = keyPair();
        X500Name issuer = X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded());
        return new Issued(pair.getPrivate(), build(name(commonName, organisation), pair, issuer, ca.privateKey(),
                ca.certificate(), from, years, Purpose.TIME_STAMPING));
    }

    private enum Purpose { AUTHORITY, SIGNER, TIME_STAMPING }

    private static X500Name name(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate build(X500Name subject, KeyPair pair, X500Name issuer, PrivateKey issuerKey,
            X509Certificate issuerCertificate, Instant from, int years, Purpose purpose) {
        boolean authority = purpose == Purpose.AUTHORITY;
        try {
            Date notAfter = Date.from(from.plusSeconds(years * 366L * 24 * 3600));
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).abs().add(BigInteger.ONE), Date.from(from), notAfter, subject,
                    pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(authority
                    ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                    : purpose == Purpose.TIME_STAMPING ? KeyUsage.digitalSignature
                    : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (purpose == Purpose.TIME_STAMPING) {
                builder.addExtension(Extension.extendedKeyUsage, true,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
            if (issuerCertificate != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(issuerCertificate));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An X.509 v2 CRL of {@code ca} issued at {@code at}, next update a week later, revoking nothing. */
    static byte[] crl(Issued ca, Instant at) {
        try {
            org.bouncycastle.cert.X509v2CRLBuilder builder = new org.bouncycastle.cert.X509v2CRLBuilder(
                    X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()), Date.from(at));
            builder.setNextUpdate(Date.from(at.plusSeconds(7 * 24 * 3600L)));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
            return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.privateKey())).getEncoded();
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 keystore holding one key entry {@code signing} with its chain. */
    static byte[] pkcs12(PrivateKey key, List<X509Certificate> chain, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", key, password, chain.toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key entry {@code alias} (or the first key entry) of a PKCS#12 keystore. */
    static PdfSigner.Key readPkcs12(InputStream in, char[] password, String alias)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(in, password);
        String name = alias;
        if (name == null || name.isBlank()) {
            name = Collections.list(store.aliases()).stream().filter(a -> {
                try {
                    return store.isKeyEntry(a);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new GeneralSecurityException("no key entry in the keystore"));
        }
        PrivateKey key = (PrivateKey) store.getKey(name, password);
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate c : store.getCertificateChain(name)) {
            chain.add((X509Certificate) c);
        }
        return new PdfSigner.Key(key, chain);
    }

    static PdfSigner.Key readPkcs12(byte[] keystore, char[] password) {
        try {
            return readPkcs12(new ByteArrayInputStream(keystore), password, null);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("unreadable keystore", e);
        }
    }

    /** Certificates in PEM or DER, one or several. */
    static List<X509Certificate> read(InputStream in) throws IOException, GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
            certificates.add((X509Certificate) c);
        }
        return certificates;
    }

    static X509Certificate fromDer(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
