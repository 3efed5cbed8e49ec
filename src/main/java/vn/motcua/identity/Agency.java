package vn.motcua.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An agency (cơ quan) at one place in the tree and one span of time. Mergers do not rewrite history: the
 * merged-away agencies keep their codes and names, get a {@code validTo}, and point to their successor.
 *
 * @param parentCode the agency it belongs to, or {@code null} at the top of the tree
 * @param validFrom first day the agency exists
 * @param validTo last day it exists (inclusive), or {@code null} while it still does
 * @param predecessorCodes agencies it was formed from (merged into it)
 * @param successorCodes agencies it was merged into
 * @param contact address, hotline and e-mail for the public ({@link AgencyContact#NONE} when none recorded)
 */
public record Agency(AgencyCode code, String name, AgencyCode parentCode, LocalDate validFrom, LocalDate validTo,
        List<AgencyCode> predecessorCodes, List<AgencyCode> successorCodes, List<Unit> units,
        AgencyContact contact) {

    public Agency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        predecessorCodes = List.copyOf(predecessorCodes);
        successorCodes = List.copyOf(successorCodes);
        units = List.copyOf(units);
        contact = contact == null ? AgencyContact.NONE : contact;
    }

    /**
     * The unit a text names ("Phòng Quản lý công nghệ và Đổi mới sáng tạo", "Trưởng phòng QLCN"): the unit whose
     * full name the text contains (ignoring case; the longest name wins), or else whose code (upper case) it holds as a
     * word. Empty when
     * the text names none ("Trưởng phòng chuyên môn").
     */
    public java.util.Optional<Unit> unitNamedIn(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.empty();
        }
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        String folded = text.toLowerCase(vi);
        java.util.Optional<Unit> byName = units.stream()
                .filter(u -> folded.contains(u.name().toLowerCase(vi)))
                .max(java.util.Comparator.comparingInt(u -> u.name().length()));
        if (byName.isPresent()) {
            return byName;
        }
        java.util.Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(text.split("[^\\p{L}\\p{N}._-]+")));
        return units.stream().filter(u -> words.contains(u.code())).findFirst();
    }

    /** The unit's name, or its code when the agency has no such unit. */
    public String unitName(String unitCode) {
        return units.stream().filter(u -> u.code().equals(unitCode)).map(Unit::name).findFirst().orElse(unitCode);
    }

    /** Whether the agency exists on that day (both ends inclusive). */
    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean hasUnit(String unitCode) {
        return units.stream().anyMatch(u -> u.code().equals(unitCode));
    }
}
