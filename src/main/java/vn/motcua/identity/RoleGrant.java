package vn.motcua.identity;

import java.util.Objects;

/**
 * One role of a user, scoped to an agency and optionally to one of its units.
 *
 * @param agencyCode {@code null} only for roles that do not require an agency ({@link Role#requiresAgency()})
 * @param unitCode {@code null} for the whole agency
 */
public record RoleGrant(Role role, AgencyCode agencyCode, String unitCode) {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        if (unitCode != null && agencyCode == null) {
            throw new IllegalArgumentException("A unit needs its agency");
        }
    }

    public static RoleGrant of(Role role, AgencyCode agencyCode) {
        return new RoleGrant(role, agencyCode, null);
    }

    /** Whether this grant covers the agency (any of its units, or the whole of it). */
    public boolean covers(AgencyCode agency) {
        return agency.equals(agencyCode);
    }
}
