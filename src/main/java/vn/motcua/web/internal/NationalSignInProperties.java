package vn.motcua.web.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national identity providers motcua signs people in with ({@code motcua.sso.*}): VNeID directly
 * ({@code motcua.sso.vneid.issuer-uri}, {@code .client-id}, {@code .client-secret}) and the national portal's single
 * sign-on ({@code motcua.sso.dvcqg.*}). A provider without issuer, client id and secret is off; with none on, the
 * feature is off. {@code motcua.sso.stand-in=true} (the demo) starts the stand-in identity provider in-process for
 * each provider not configured.
 */
@ConfigurationProperties("motcua.sso")
public class NationalSignInProperties {

    private Provider vneid = new Provider();
    private Provider dvcqg = new Provider("LoA1");
    private boolean standIn;

    public Provider getVneid() {
        return vneid;
    }

    public void setVneid(Provider vneid) {
        this.vneid = vneid;
    }

    public Provider getDvcqg() {
        return dvcqg;
    }

    public void setDvcqg(Provider dvcqg) {
        this.dvcqg = dvcqg;
    }

    public boolean isStandIn() {
        return standIn;
    }

    public void setStandIn(boolean standIn) {
        this.standIn = standIn;
    }

    /**
     * One provider: its issuer (discovery at {@code <issuer>/.well-known/openid-configuration}), motcua's client, and
     * the {@code acr_values} sent with each authorization request (the portal's sign-in asks for {@code LoA1}; blank:
     * none).
     */
    public static class Provider {
        private String issuerUri;
        private String clientId;
        private String clientSecret;
        private String acrValues;

        public Provider() {
        }

        Provider(String acrValues) {
            this.acrValues = acrValues;
        }

        public String getAcrValues() {
            return acrValues;
        }

        public void setAcrValues(String acrValues) {
            this.acrValues = acrValues;
        }

        public boolean configured() {
            return present(issuerUri) && present(clientId) && present(clientSecret);
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }

        public String getIssuerUri() {
            return issuerUri;
        }

        public void setIssuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
        }

        public String getClientId() {
            return clientId;
        }

        public void setClientId(String clientId) {
            this.clientId = clientId;
        }

        public String getClientSecret() {
            return clientSecret;
        }

        public void setClientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
        }
    }
}
