package vn.motcua.integration.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.integration.Integrations;
import vn.motcua.integration.NationalPortalStandIn;

/**
 * Where the national portal is, decided at start: the configured {@code motcua.national-portal.url}, or, for the
 * demo ({@code motcua.national-portal.demo-stand-in}, on by default with {@code motcua.demo=true}, without a url), a
 * stand-in started in this process on a free port; otherwise nowhere, and the integration is off.
 */
@Component
class PortalEndpoint implements DisposableBean, Integrations {

    private static final Logger log = LoggerFactory.getLogger(PortalEndpoint.class);

    private final URI uri;
    private final NationalPortalStandIn standIn;

    PortalEndpoint(NationalPortalProperties properties,
            @Value("${motcua.national-portal.demo-stand-in:${motcua.demo:false}}") boolean demoStandIn) {
        if (properties.url() != null && !properties.url().toString().isBlank()) {
            this.uri = properties.url();
            this.standIn = null;
        } else if (demoStandIn) {
            try {
                this.standIn = NationalPortalStandIn.start(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.uri = standIn.uri();
            log.info("Demo: the national portal stand-in listens on {} (GET {}/received lists what it got)", uri, uri);
        } else {
            this.uri = null;
            this.standIn = null;
        }
    }

    Optional<URI> uri() {
        return Optional.ofNullable(uri);
    }

    boolean standIn() {
        return standIn != null;
    }

    @Override
    public PortalConnection nationalPortal() {
        return new PortalConnection(uri != null, uri == null ? null : uri.toString(), standIn != null);
    }

    @Override
    public void destroy() {
        if (standIn != null) {
            standIn.close();
        }
    }
}
