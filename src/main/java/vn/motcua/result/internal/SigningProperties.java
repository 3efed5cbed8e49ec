package vn.motcua.result.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Signing settings ({@code motcua.signing.*}).
 *
 * @param keystores per agency code, its PKCS#12 keystore: {@code motcua.signing.keystores[000.00.22.H05].path=…},
 *        {@code …password=…}, optionally {@code …alias=…} (else the first key entry)
 * @param trustList files of trusted root certificates (PEM or DER), against which verification checks chains
 * @param demoKeys whether an agency without a configured keystore gets a demo key (a certificate issued by the demo
 *        certification authority, both created once and kept in the database); by default with the demo data
 * @param tsaUrl the RFC 3161 timestamp authority (HTTP): signatures become PAdES B-T; without it, the demo starts a
 *        stand-in TSA in-process (unless {@code demo-tsa=false})
 * @param ltv with a timestamp authority, also add the validation data (B-LT): default true
 * @param remote remote signing (ký số từ xa): the service and who signs through it
 */
@ConfigurationProperties("motcua.signing")
record SigningProperties(Map<String, Keystore> keystores, List<String> trustList, Boolean demoKeys, String tsaUrl,
        Boolean demoTsa, Boolean ltv, Remote remote) {

    record Keystore(String path, String password, String alias) {}

    /**
     * @param url       the remote signing service's base address ({@code motcua.signing.remote.url}); without it, the
     *                  demo starts the stand-in in-process (unless {@code demo-stand-in=false})
     * @param token     the bearer token the service gave this system
     * @param officers  per username of an official, the user id of their certificate at the service: their
     *                  signatures of results are made there with their own certificate
     * @param agencies  per agency code, the service's user id holding the agency's (organisation) certificate: the
     *                  agency's signatures are made there instead of with its keystore
     * @param timeout   how long to wait for the signer's confirmation on the phone (default 2 minutes)
     */
    record Remote(String url, String token, Map<String, String> officers, Map<String, String> agencies,
            java.time.Duration timeout, Boolean demoStandIn) {
        Remote {
            officers = officers == null ? Map.of() : Map.copyOf(officers);
            agencies = agencies == null ? Map.of() : Map.copyOf(agencies);
            timeout = timeout == null ? java.time.Duration.ofMinutes(2) : timeout;
        }
    }

    SigningProperties {
        keystores = keystores == null ? Map.of() : Map.copyOf(keystores);
        trustList = trustList == null ? List.of() : List.copyOf(trustList);
        remote = remote == null ? new Remote(null, null, null, null, null, null) : remote;
    }
}
