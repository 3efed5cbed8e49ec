package vn.motcua.payment.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where the platform reaches this system and sends the applicant back: {@code motcua.payment.public-url}, or the
 * address the current request came to.
 */
@Component
class SiteUrl {

    private final String configured;

    SiteUrl(@Value("${motcua.payment.public-url:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    String get() {
        return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : configured;
    }
}
