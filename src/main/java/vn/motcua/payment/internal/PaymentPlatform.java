package vn.motcua.payment.internal;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.motcua.payment.PaymentStandIn;

/**
 * Where the payment platform is: {@code motcua.payment.url}, or, for the demo without it, a stand-in started here on a
 * free port (stopped with the application); none otherwise, and online payment is off.
 */
@Component
class PaymentPlatform implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PaymentPlatform.class);

    private final String url;
    private final PaymentStandIn standIn;

    PaymentPlatform(PaymentProperties properties, Environment environment, Clock clock) {
        String configured = properties.url() == null ? "" : properties.url().strip();
        if (!configured.isEmpty()) {
            this.standIn = null;
            this.url = configured.replaceAll("/+$", "");
        } else if (environment.getProperty("motcua.demo", Boolean.class, false) && properties.demoStandIn()) {
            this.standIn = PaymentStandIn.start(0, properties.partnerCode(), properties.secret(),
                    properties.checksum(), clock);
            this.url = standIn.url();
            log.info("Demo: stand-in payment platform at {} (motcua.payment.url not set)", url);
        } else {
            this.standIn = null;
            this.url = null;
        }
    }

    boolean enabled() {
        return url != null;
    }

    /** The base URL; null when online payment is off. */
    String url() {
        return url;
    }

    boolean isStandIn() {
        return standIn != null;
    }

    @Override
    public void destroy() {
        if (standIn != null) {
            standIn.close();
        }
    }
}
