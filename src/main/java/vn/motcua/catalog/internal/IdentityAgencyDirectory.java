package vn.motcua.catalog.internal;

import org.springframework.stereotype.Component;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.AgencyCode;
import vn.motcua.identity.DemoAgency;

/** The catalog's view of the agencies kept by the identity module. */
@Component
class IdentityAgencyDirectory implements AgencyDirectory {

    private final Agencies agencies;

    IdentityAgencyDirectory(Agencies agencies) {
        this.agencies = agencies;
    }

    @Override
    public String demoAgency() {
        return DemoAgency.CODE.value();
    }

    @Override
    public boolean exists(String code) {
        try {
            return code != null && agencies.find(AgencyCode.parse(code)).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
