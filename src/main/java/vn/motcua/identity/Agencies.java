package vn.motcua.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The agencies (cơ quan) and their units. Writes check their input and either complete or change nothing;
 * bad input raises {@link vn.motcua.shared.ProblemException} naming the offending field. Callers check roles.
 */
public interface Agencies {

    Optional<Agency> find(AgencyCode code);

    /** All agencies, past and present, ordered by code. */
    List<Agency> list();

    /**
     * Creates an agency. Its predecessors are linked to it, and each predecessor still open (no
     * {@code validTo}) is closed on the day before the new agency's {@code validFrom}.
     */
    Agency create(NewAgency agency);

    Unit addUnit(AgencyCode agency, Unit unit);

    /**
     * Replaces the agency's contact for the public (blank parts are cleared). A hotline holds digits, spaces,
     * dots, dashes and brackets (a leading {@code +} allowed); an e-mail has one {@code @}.
     */
    Agency updateContact(AgencyCode agency, AgencyContact contact);

    /** Whether the agency exists and is in force on that day; {@code false} for unknown codes. */
    boolean isValidOn(AgencyCode code, LocalDate date);
}
