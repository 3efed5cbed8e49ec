package vn.motcua.integration.internal;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national TTHC database connection ({@code motcua.national-catalog.*}).
 *
 * @param url        its base address; without it, the national portal's (the stand-in serves both); without either
 *                   the pull is off
 * @param agencies   the agencies whose catalog follows the national database (default: {@code motcua.home-agency})
 * @param firstSince the day the first pull asks changes from; later pulls ask from the day before the last good one
 * @param timeout    how long one call may take
 */
@ConfigurationProperties("motcua.national-catalog")
record NationalCatalogProperties(URI url, List<String> agencies, @DefaultValue("2025-07-01") LocalDate firstSince,
        @DefaultValue("PT20S") Duration timeout) {

    NationalCatalogProperties {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }
}
