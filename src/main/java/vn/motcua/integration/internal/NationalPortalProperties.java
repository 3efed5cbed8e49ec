package vn.motcua.integration.internal;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national portal connection ({@code motcua.national-portal.*}).
 *
 * @param url         the portal's base address (issued per province by VPCP, reached through NDXP/LGSP); without it
 *                    (and without {@code demo-stand-in}) the integration is off
 * @param token       a bearer token sent with every call, when the platform issued one
 * @param provinceId  the province's electronic identifier ({@code MaDinhDanhTinh}, e.g. {@code H05}); when set, a
 *                    dossier whose code does not contain it is not sent (integrations.md §1.4: never a made-up code)
 * @param timeout     how long one call may take
 */
@ConfigurationProperties("motcua.national-portal")
record NationalPortalProperties(URI url, String token, String provinceId, @DefaultValue("PT10S") Duration timeout) {}
