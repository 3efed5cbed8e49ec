package vn.motcua.support;

import java.time.LocalDate;
import java.util.List;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.NewAgency;

/** Agencies that a test needs of its own, so that it does not share data with other tests. */
public final class TestAgencies {

    private TestAgencies() {}

    /** Creates each agency that does not exist yet (in force since 2020). */
    public static void ensure(Agencies agencies, String... codes) {
        for (String code : codes) {
            AgencyCode agency = AgencyCode.parse(code);
            if (agencies.find(agency).isEmpty()) {
                agencies.create(new NewAgency(agency, "Cơ quan thử nghiệm " + code, null, LocalDate.of(2020, 1, 1),
                        null, List.of()));
            }
        }
    }
}
