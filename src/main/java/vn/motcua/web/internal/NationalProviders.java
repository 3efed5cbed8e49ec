package vn.motcua.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import vn.motcua.cli.StandInIdentity;

/**
 * Which national identity providers are on, read once from {@link NationalSignInProperties}; with
 * {@code motcua.sso.stand-in=true} (the demo) a provider not configured is served by a stand-in started here, on a
 * free loopback port, and stopped with the application. The login page and the administrator's page read this list;
 * the OAuth2 client itself exists only when it is not empty ({@link NationalSignIn}).
 */
@Component
class NationalProviders implements DisposableBean {

    /**
     * A provider that is on: its registration id, the name on the button, its issuer, motcua's client and the
     * {@code acr_values} asked for (null: none).
     */
    record Provider(String id, String label, String issuer, String clientId, String clientSecret, boolean standIn,
            String acrValues) {}

    /** A known provider and whether it is on, for the administrator's page. */
    record Known(String id, String label, String flag, Provider provider) {}

    private final List<Provider> providers = new ArrayList<>();
    private final List<StandInIdentity> standIns = new ArrayList<>();

    NationalProviders(NationalSignInProperties properties) {
        add("vneid", "Đăng nhập bằng tài khoản định danh điện tử (VNeID)", properties.getVneid(),
                properties.isStandIn());
        add("dvcqg", "Đăng nhập bằng tài khoản Cổng Dịch vụ công quốc gia", properties.getDvcqg(),
                properties.isStandIn());
    }

    private void add(String id, String label, NationalSignInProperties.Provider configured, boolean standIn) {
        String acr = configured.getAcrValues() == null || configured.getAcrValues().isBlank() ? null
                : configured.getAcrValues().strip();
        if (configured.configured()) {
            providers.add(new Provider(id, label, strip(configured.getIssuerUri()), configured.getClientId().strip(),
                    configured.getClientSecret().strip(), false, acr));
        } else if (standIn) {
            StandInIdentity identity = StandInIdentity.start(0, id);
            standIns.add(identity);
            providers.add(new Provider(id, label, identity.issuer(), StandInIdentity.CLIENT_ID,
                    StandInIdentity.CLIENT_SECRET, true, acr));
        }
    }

    private static String strip(String issuer) {
        String value = issuer.strip();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    List<Provider> all() {
        return List.copyOf(providers);
    }

    boolean enabled() {
        return !providers.isEmpty();
    }

    Optional<Provider> find(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    List<Known> known() {
        return List.of(new Known("vneid", "VNeID (Bộ Công an)", "motcua.sso.vneid.*", find("vneid").orElse(null)),
                new Known("dvcqg", "Cổng Dịch vụ công quốc gia (SSO)", "motcua.sso.dvcqg.*",
                        find("dvcqg").orElse(null)));
    }

    @Override
    public void destroy() {
        standIns.forEach(StandInIdentity::close);
    }
}
