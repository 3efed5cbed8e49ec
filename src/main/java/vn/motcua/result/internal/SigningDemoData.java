package vn.motcua.result.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.motcua.identity.DemoAgency;

/**
 * At the demo's first start: the demo certification authority and the demo agency's signing certificate (both marked
 * DEMO, kept in the database so that every instance signs with them); later starts find them there.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "motcua.demo", havingValue = "true")
class SigningDemoData implements ApplicationRunner {

    private final SigningKeys keys;

    SigningDemoData(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (keys.demoKeys()) {
            keys.forAgency(DemoAgency.CODE.value());
        }
    }
}
