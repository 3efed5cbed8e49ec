package vn.motcua.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What it takes to create an agency. Component names match the REST request fields, so problems name them.
 *
 * @param validTo {@code null} while open-ended
 * @param predecessorCodes agencies merged into the new one; each open predecessor is closed the day before
 *     {@code validFrom}
 */
public record NewAgency(AgencyCode code, String name, AgencyCode parentCode, LocalDate validFrom, LocalDate validTo,
        List<AgencyCode> predecessorCodes) {

    public NewAgency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        predecessorCodes = predecessorCodes == null ? List.of() : List.copyOf(predecessorCodes);
    }
}
