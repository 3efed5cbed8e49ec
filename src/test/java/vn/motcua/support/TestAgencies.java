package vn.motcua.support;

import java.time.LocalDate;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.DemoAgency;
import vn.motcua.identity.NewAgency;
import vn.motcua.identity.NewUser;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.identity.Users;

/**
 * Agencies that tests use so as not to share data with each other, and a TTHC control officer of all of them
 * (and of the demo agency): a control officer may only change the catalog of the agencies he is granted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAgencies {

    public static final List<String> CODES = List.of(
            "000.00.91.T01", "000.00.91.T02", "000.00.91.T03", "000.00.91.T04",
            "000.00.92.T01", "000.00.92.T02", "000.00.92.T03", "000.00.92.T04", "000.00.92.T05", "000.00.92.T06", "000.00.92.T07",
            "000.00.93.T01", "000.00.93.T02", "000.00.94.T01", "000.00.96.T01", "000.00.97.T01");
    public static final String OFFICER = "kiemsoat.thu";
    public static final String OFFICER_PASSWORD = "KiemSoat2026x";

    /** Creates them when the test application starts, after the demo data (order 10). */
    @Bean
    @Order(15)
    ApplicationRunner testAgencies(Agencies agencies, Users users) {
        return args -> ensure(agencies, users);
    }

    /** Creates the test agencies and their control officer unless they exist (in force since 2020). */
    static void ensure(Agencies agencies, Users users) {
        List<RoleGrant> grants = new ArrayList<>(List.of(RoleGrant.of(Role.CONTROL_OFFICER, DemoAgency.CODE)));
        for (String code : CODES) {
            AgencyCode agency = AgencyCode.parse(code);
            if (agencies.find(agency).isEmpty()) {
                agencies.create(new NewAgency(agency, "Cơ quan thử nghiệm " + code, null, LocalDate.of(2020, 1, 1),
                        null, List.of()));
            }
            grants.add(RoleGrant.of(Role.CONTROL_OFFICER, agency));
        }
        if (users.find(OFFICER).isEmpty()) {
            users.create(new NewUser(OFFICER, OFFICER_PASSWORD, "Cán bộ kiểm soát thử nghiệm", grants));
        }
    }
}
