package vn.motcua.result.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.tsp.TimeStampToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.identity.UserAccount;
import vn.motcua.identity.Users;
import vn.motcua.shared.http.PartnerHttp;

/**
 * How documents are signed here: which key (an official's certificate at the remote signing service, the agency's
 * certificate there, or the agency's keystore), and up to which PAdES level — B-B; B-T with a timestamp authority
 * ({@code motcua.signing.tsa-url}); B-LT when {@code motcua.signing.ltv} (default) also adds the signer's and the
 * TSA's chains and the CRLs at hand (the demo CA's) in the DSS. Without configured services, the demo starts a
 * stand-in TSA and a stand-in remote signing service in this process (on first use), both with certificates of the
 * demo CA, and then every official signs results through the latter with their own certificate.
 */
@Component
class DocumentSigning implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DocumentSigning.class);

    private final SigningProperties properties;
    private final SigningKeys keys;
    private final Users users;
    private final Clock clock;
    private final boolean demo;
    private final HttpClient http = PartnerHttp.client(Duration.ofSeconds(5));
    private TsaServer demoTsa;
    private RemoteSigningServer demoRemote;

    DocumentSigning(SigningProperties properties, SigningKeys keys, Users users, Clock clock,
            @Value("${motcua.demo:false}") boolean demo) {
        this.properties = properties;
        this.keys = keys;
        this.users = users;
        this.clock = clock;
        this.demo = demo;
    }

    /** The timestamp authority's address; null when signatures are not timestamped. */
    synchronized String tsaUrl() {
        if (properties.tsaUrl() != null && !properties.tsaUrl().isBlank()) {
            return properties.tsaUrl().strip();
        }
        if (!demo || Boolean.FALSE.equals(properties.demoTsa())) {
            return null;
        }
        if (demoTsa == null) {
            PdfSigner.Key key = keys.demoTimestampKey();
            demoTsa = new TsaServer(null, 0, new Certificates.Issued(key.privateKey(), key.certificate()),
                    key.chain(), clock);
            log.info("Demo: stand-in timestamp authority at {} (motcua.signing.tsa-url not set)", demoTsa.url());
        }
        return demoTsa.url();
    }

    /** The remote signing service's address; null when there is none. */
    synchronized String remoteUrl() {
        SigningProperties.Remote remote = properties.remote();
        if (remote.url() != null && !remote.url().isBlank()) {
            return remote.url().strip();
        }
        if (!demoRemote()) {
            return null;
        }
        if (demoRemote == null) {
            demoRemote = new RemoteSigningServer(null, 0, keys.demoAuthorityKey(), null, true,
                    username -> users.find(username).map(UserAccount::fullName).orElse(username), clock);
            log.info("Demo: stand-in remote signing service at {} (motcua.signing.remote.url not set)",
                    demoRemote.url());
        }
        return demoRemote.url();
    }

    private boolean demoRemote() {
        SigningProperties.Remote remote = properties.remote();
        return demo && (remote.url() == null || remote.url().isBlank()) && !Boolean.FALSE.equals(remote.demoStandIn());
    }

    /** The key of the agency's (organisation) signature: at the remote service when configured, else its keystore. */
    PdfSigner.Key agencyKey(String agencyCode, String description) {
        String userId = properties.remote().agencies().get(agencyCode);
        return userId != null && remoteUrl() != null ? remote(userId, description) : keys.forAgency(agencyCode);
    }

    /**
     * The key an official signs a result with: their own certificate at the remote signing service when configured
     * ({@code motcua.signing.remote.officers[username]}; in the demo with the stand-in, every official, under their
     * username), else the agency's.
     */
    PdfSigner.Key officerKey(String username, String agencyCode, String description) {
        String userId = properties.remote().officers().get(username);
        if (userId == null && properties.remote().officers().isEmpty() && demoRemote()) {
            userId = username;
        }
        return userId != null && remoteUrl() != null ? remote(userId, description)
                : agencyKey(agencyCode, description);
    }

    private PdfSigner.Key remote(String userId, String description) {
        RemoteSigningClient client = new RemoteSigningClient(http, remoteUrl(), properties.remote().token(),
                properties.remote().timeout(), Duration.ofSeconds(1), clock);
        return client.key(client.credential(userId), description);
    }

    /** The PDF signed with {@code key} at the configured level (see the class comment). */
    byte[] sign(byte[] pdf, PdfSigner.Key key, Instant at, String reason, String location, List<String> lines,
            String qr) throws IOException {
        String tsa = tsaUrl();
        if (tsa == null) {
            return PdfSigner.sign(pdf, key, at, reason, location, lines, qr, null);
        }
        List<X509Certificate> tsaChain = new ArrayList<>();
        TimestampClient client = new TimestampClient(http, tsa);
        byte[] signed = PdfSigner.sign(pdf, key, at, reason, location, lines, qr, value -> {
            byte[] token = client.timestamp(value);
            tsaChain.addAll(certificates(token));
            return token;
        });
        if (Boolean.FALSE.equals(properties.ltv())) {
            return signed;
        }
        Set<X509Certificate> certificates = new LinkedHashSet<>(key.chain());
        certificates.addAll(tsaChain);
        List<byte[]> ders = new ArrayList<>();
        List<byte[]> crls = new ArrayList<>();
        Set<javax.security.auth.x500.X500Principal> issuers = new LinkedHashSet<>();
        try {
            for (X509Certificate certificate : certificates) {
                ders.add(certificate.getEncoded());
                if (issuers.add(certificate.getIssuerX500Principal())) {
                    keys.demoCrlFor(certificate).ifPresent(crls::add);
                }
            }
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException(e);
        }
        return PdfLtv.addDss(signed, new PdfLtv.ValidationData(ders, crls));
    }

    private static List<X509Certificate> certificates(byte[] token) throws IOException {
        try {
            TimeStampToken parsed = new TimeStampToken(ContentInfo.getInstance(token));
            List<X509Certificate> chain = new ArrayList<>();
            @SuppressWarnings("unchecked")
            var holders = (java.util.Collection<X509CertificateHolder>) parsed.getCertificates().getMatches(null);
            for (X509CertificateHolder holder : holders) {
                chain.add(Certificates.fromDer(holder.getEncoded()));
            }
            return chain;
        } catch (Exception e) {
            throw new IOException("unreadable timestamp token: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void destroy() {
        if (demoTsa != null) {
            demoTsa.close();
        }
        if (demoRemote != null) {
            demoRemote.close();
        }
    }
}
