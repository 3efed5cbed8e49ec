package vn.motcua.result.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.Agencies;
import vn.motcua.shared.ProblemException;

/**
 * The agencies' signing keys and the trust list. A key comes from the agency's configured PKCS#12 keystore; without
 * one, when demo keys are on, from the database, where the demo's certification authority and the agency's
 * certificate are created once (first writer wins, so every instance signs with the same key). Nothing is cached in
 * memory beyond one call, so instances cannot disagree.
 */
@Component
class SigningKeys {

    /** Marks every demo certificate: no legal value. */
    static final String DEMO_CA_NAME = "motcua DEMO Root CA (chỉ để thử nghiệm)";
    static final String DEMO_ORGANISATION = "motcua DEMO - không có giá trị pháp lý";
    static final String DEMO_TSA = "DEMO-TSA";
    private static final Instant DEMO_FROM = LocalDate.of(2020, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final SigningProperties properties;
    private final boolean demoKeys;
    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Clock clock;

    SigningKeys(SigningProperties properties, @Value("${motcua.demo:false}") boolean demo, JdbcClient jdbc,
            Agencies agencies, Clock clock) {
        this.properties = properties;
        this.demoKeys = properties.demoKeys() == null ? demo : properties.demoKeys();
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.clock = clock;
    }

    /** Whether agencies without a keystore sign with demo keys. */
    boolean demoKeys() {
        return demoKeys;
    }

    /** The agency's key; 409 when it has none. */
    PdfSigner.Key forAgency(String agencyCode) {
        SigningProperties.Keystore configured = properties.keystores().get(agencyCode);
        if (configured != null) {
            try (InputStream in = Files.newInputStream(Path.of(configured.path()))) {
                return Certificates.readPkcs12(in, password(configured.password()), configured.alias());
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the keystore of " + agencyCode + " at "
                        + configured.path() + ": " + e.getMessage(), e);
            }
        }
        Optional<PdfSigner.Key> stored = stored(agencyCode);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (!demoKeys) {
            throw ProblemException.conflict("Cơ quan " + agencyCode + " chưa được cấu hình chứng thư số để ký kết "
                    + "quả (motcua.signing.keystores).");
        }
        createDemoKey(agencyCode);
        return stored(agencyCode).orElseThrow();
    }

    private static char[] password(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }

    private Optional<PdfSigner.Key> stored(String agencyCode) {
        return jdbc.sql("SELECT keystore, password FROM signing_key WHERE agency_code = :agency")
                .param("agency", agencyCode)
                .query((rs, n) -> Certificates.readPkcs12(rs.getBytes(1), rs.getString(2).toCharArray()))
                .optional();
    }

    /** The demo CA (once) and a demo certificate of the agency (once), each kept by the first instance to write it. */
    void createDemoKey(String agencyCode) {
        Certificates.Issued ca = demoAuthority();
        String agencyName = agencies.find(AgencyCode.parse(agencyCode)).map(a -> a.name()).orElse(agencyCode);
        Certificates.Issued agency = Certificates.signer(ca, "DEMO " + agencyName, DEMO_ORGANISATION, DEMO_FROM, 30);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        byte[] keystore = Certificates.pkcs12(agency.privateKey(), List.of(agency.certificate(), ca.certificate()),
                password.toCharArray());
        int inserted = jdbc.sql("""
                INSERT INTO signing_key (agency_code, demo, keystore, password, subject, not_after, created_at)
                VALUES (:agency, true, :keystore, :password, :subject, :notAfter, :now)
                ON CONFLICT (agency_code) DO NOTHING
                """).param("agency", agencyCode).param("keystore", keystore).param("password", password)
                .param("subject", agency.certificate().getSubjectX500Principal().getName())
                .param("notAfter", Timestamp.from(agency.certificate().getNotAfter().toInstant()))
                .param("now", Timestamp.from(clock.instant())).update();
        if (inserted == 1) {
            log.info("Created the demo signing certificate of {} (DEMO, no legal value)", agencyCode);
        }
    }

    /**
     * The demo time-stamping authority's key (code {@code DEMO-TSA}), a certificate with the timeStamping purpose
     * issued by the demo CA: created once, kept by the first instance to write it.
     */
    PdfSigner.Key demoTimestampKey() {
        Optional<PdfSigner.Key> stored = stored(DEMO_TSA);
        if (stored.isPresent()) {
            return stored.get();
        }
        Certificates.Issued ca = demoAuthority();
        Certificates.Issued tsa = Certificates.timeStamping(ca, "motcua DEMO TSA (chỉ để thử nghiệm)",
                DEMO_ORGANISATION, DEMO_FROM, 30);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        byte[] keystore = Certificates.pkcs12(tsa.privateKey(), List.of(tsa.certificate(), ca.certificate()),
                password.toCharArray());
        jdbc.sql("""
                INSERT INTO signing_key (agency_code, demo, keystore, password, subject, not_after, created_at)
                VALUES (:code, true, :keystore, :password, :subject, :notAfter, :now)
                ON CONFLICT (agency_code) DO NOTHING
                """).param("code", DEMO_TSA).param("keystore", keystore).param("password", password)
                .param("subject", tsa.certificate().getSubjectX500Principal().getName())
                .param("notAfter", Timestamp.from(tsa.certificate().getNotAfter().toInstant()))
                .param("now", Timestamp.from(clock.instant())).update();
        return stored(DEMO_TSA).orElseThrow();
    }

    /**
     * A CRL of the demo CA issued now (valid a week, nothing revoked), when {@code certificate} was issued by it and
     * the demo CA exists: the revocation data a B-LT signature keeps.
     */
    Optional<byte[]> demoCrlFor(X509Certificate certificate) {
        return storedAuthority().filter(ca -> ca.certificate().getSubjectX500Principal()
                .equals(certificate.getIssuerX500Principal())).map(ca -> Certificates.crl(ca, clock.instant()));
    }

    /** The demo CA (created when missing): the issuer of the demo remote-signing stand-in's certificates. */
    Certificates.Issued demoAuthorityKey() {
        return demoAuthority();
    }

    /** The demo CA as stored, created when missing; its private key is kept only inside a PKCS#12 row. */
    private Certificates.Issued demoAuthority() {
        Optional<Certificates.Issued> stored = storedAuthority();
        if (stored.isPresent()) {
            return stored.get();
        }
        Certificates.Issued ca = Certificates.authority(DEMO_CA_NAME, DEMO_ORGANISATION, DEMO_FROM, 40);
        byte[] keystore = Certificates.pkcs12(ca.privateKey(), List.of(ca.certificate()), "demo-ca".toCharArray());
        try {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.sql("""
                    INSERT INTO signing_key (agency_code, demo, keystore, password, subject, not_after, created_at)
                    VALUES ('DEMO-CA', true, :keystore, 'demo-ca', :subject, :notAfter, :now)
                    ON CONFLICT (agency_code) DO NOTHING
                    """).param("keystore", keystore).param("subject", DEMO_CA_NAME)
                    .param("notAfter", Timestamp.from(ca.certificate().getNotAfter().toInstant()))
                    .param("now", now).update();
            Certificates.Issued kept = storedAuthority().orElseThrow();
            jdbc.sql("""
                    INSERT INTO trust_anchor (subject, demo, certificate, created_at) VALUES (:subject, true, :der, :now)
                    ON CONFLICT (subject) DO NOTHING
                    """).param("subject", kept.certificate().getSubjectX500Principal().getName())
                    .param("der", kept.certificate().getEncoded()).param("now", now).update();
            log.info("Created the demo certification authority \"{}\" (DEMO, no legal value)", DEMO_CA_NAME);
            return kept;
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Certificates.Issued> storedAuthority() {
        return jdbc.sql("SELECT keystore, password FROM signing_key WHERE agency_code = 'DEMO-CA'")
                .query((rs, n) -> Certificates.readPkcs12(rs.getBytes(1), rs.getString(2).toCharArray()))
                .optional().map(key -> new Certificates.Issued(key.privateKey(), key.certificate()));
    }

    /** The roots signatures chain to: the configured trust list and the anchors kept in the database (the demo CA). */
    List<X509Certificate> trustAnchors() {
        List<X509Certificate> anchors = new ArrayList<>();
        for (String file : properties.trustList()) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                anchors.addAll(Certificates.read(in));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("Cannot read the trusted certificates in " + file, e);
            }
        }
        anchors.addAll(jdbc.sql("SELECT certificate FROM trust_anchor ORDER BY subject")
                .query((rs, n) -> Certificates.fromDer(rs.getBytes(1))).list());
        return anchors;
    }
}
