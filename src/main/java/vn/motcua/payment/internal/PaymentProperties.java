package vn.motcua.payment.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.motcua.payment.PaymentChecksum;

/**
 * Online payment ({@code motcua.payment.*}).
 *
 * @param url           the payment platform's base URL; without it online payment is off (the demo starts a
 *                      stand-in instead, see {@code demoStandIn})
 * @param partnerCode   our partner code at the platform (MaDoiTac)
 * @param secret        the secret shared with the platform for the authentication codes
 * @param checksum      how the authentication code is computed (the documented rule is {@code SHA256}; unconfirmed)
 * @param publicUrl     where the platform reaches us (notifications) and sends the applicant back; by default the
 *                      address the request that started the payment came to
 * @param demoStandIn   with demo data and no {@code url}: start the stand-in platform in-process on a free port
 * @param checkInterval how often pending payments without a notification are looked up at the platform
 * @param checkAfter    a pending payment is looked up once it is this old
 * @param expireAfter   a payment still pending this long after it was opened expires
 * @param template      the receipt template (mẫu số) printed on e-receipts
 * @param seriesPrefix  the e-receipt series is this prefix, the year's last two digits and {@code E}
 * @param timeout       how long a call to the platform may take
 */
@ConfigurationProperties("motcua.payment")
record PaymentProperties(String url, @DefaultValue("MOTCUA") String partnerCode,
        @DefaultValue("motcua-demo-secret") String secret, @DefaultValue("SHA256") PaymentChecksum checksum,
        String publicUrl, @DefaultValue("true") boolean demoStandIn, @DefaultValue("PT5M") Duration checkInterval,
        @DefaultValue("PT30M") Duration checkAfter, @DefaultValue("P3D") Duration expireAfter,
        @DefaultValue("01BLP") String template, @DefaultValue("BL") String seriesPrefix,
        @DefaultValue("PT10S") Duration timeout) {}
