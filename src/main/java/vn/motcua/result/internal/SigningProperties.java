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
 */
@ConfigurationProperties("motcua.signing")
record SigningProperties(Map<String, Keystore> keystores, List<String> trustList, Boolean demoKeys) {

    record Keystore(String path, String password, String alias) {}

    SigningProperties {
        keystores = keystores == null ? Map.of() : Map.copyOf(keystores);
        trustList = trustList == null ? List.of() : List.copyOf(trustList);
    }
}
