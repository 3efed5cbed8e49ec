package vn.motcua.integration;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application configured with a national portal (and national TTHC database) at a {@link NationalPortalStandIn}
 * started on a fixed free port for each test class. Every test class that extends it shares one application
 * context (the same property source), apart from the other integration tests' one; the daily runs are off, so the
 * tests start pulls and reconciliations themselves.
 */
abstract class PortalStandInContext {

    static final int PORTAL_PORT = freePort();
    static NationalPortalStandIn portal;

    @DynamicPropertySource
    static void portal(DynamicPropertyRegistry registry) {
        registry.add("motcua.national-portal.url", () -> "http://127.0.0.1:" + PORTAL_PORT);
        registry.add("motcua.integration.outbox.max-attempts", () -> "3");
        registry.add("motcua.integration.outbox.first-retry", () -> "PT1S");
        registry.add("motcua.integration.daily-runs", () -> "false");
    }

    @BeforeAll
    static void startPortal() throws IOException {
        portal = NationalPortalStandIn.start(PORTAL_PORT);
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
            portal = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
