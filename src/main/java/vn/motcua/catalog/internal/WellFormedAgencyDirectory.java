package vn.motcua.catalog.internal;

import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Stand-in until identity is merged: an agency exists when its code is well formed (dot-separated parts of
 * letters and digits, such as {@code 000.17.22.H56}).
 */
@Component
class WellFormedAgencyDirectory implements AgencyDirectory {

    /** Placeholder demo agency code; identity will provide the real constant. */
    static final String DEMO_AGENCY = "000.17.22.H56";

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,6}(\\.[0-9A-Za-z]{1,6}){1,6}");

    @Override
    public String demoAgency() {
        return DEMO_AGENCY;
    }

    @Override
    public boolean exists(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
