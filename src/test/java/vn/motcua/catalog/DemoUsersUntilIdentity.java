package vn.motcua.catalog;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Stand-in for identity's demo users (admin, kiemsoat, tiepnhan; password Demo@12345) while the identity module is
 * not merged. Delete this class and its {@code @Import}s when identity provides the demo users.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DemoUsersUntilIdentity {

    public static final String PASSWORD = "Demo@12345";

    /** The demo agency that receives the bundled catalog (placeholder until identity provides the constant). */
    public static final String DEMO_AGENCY = "000.17.22.H56";

    @Bean
    UserDetailsService demoUsersUntilIdentity() {
        return new InMemoryUserDetailsManager(
                User.withUsername("admin").password("{noop}" + PASSWORD).roles("ADMINISTRATOR").build(),
                User.withUsername("kiemsoat").password("{noop}" + PASSWORD).roles("CONTROL_OFFICER").build(),
                User.withUsername("tiepnhan").password("{noop}" + PASSWORD).roles("DESK_OFFICER").build());
    }
}
