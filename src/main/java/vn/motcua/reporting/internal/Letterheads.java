package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.motcua.identity.Agencies;
import vn.motcua.identity.Agency;
import vn.motcua.identity.AgencyCode;

/** The letterhead of an agency's report (its governing body from the agency tree), dated today in Vietnam. */
@Component
public class Letterheads {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Agencies agencies;
    private final Clock clock;

    Letterheads(Agencies agencies, Clock clock) {
        this.agencies = agencies;
        this.clock = clock;
    }

    public Letterhead of(String agencyCode) {
        return of(agencyCode, LocalDate.now(clock.withZone(VIETNAM)));
    }

    /** The letterhead dated {@code issuedOn}. */
    public Letterhead of(String agencyCode, LocalDate issuedOn) {
        Agency agency = agencies.find(AgencyCode.parse(agencyCode)).orElseThrow();
        String parent = agency.parentCode() == null ? null
                : agencies.find(agency.parentCode()).map(Agency::name).orElse(null);
        return Letterhead.of(agency.name(), parent, issuedOn);
    }
}
