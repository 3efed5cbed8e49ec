package vn.motcua.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where the published content of a version came from, as the content file recorded it: the sources read, how
 * confident the keepers are, their notes (often in English) and the values they did not publish because they are
 * another province's wording. Internal: shown to the agency's control officers and administrators only, never on
 * public pages or in the public API. Recorded next to a version (a version's content never carries it), and
 * recorded again, not changed, when a later import brings other notes for the same content.
 *
 * @param asOf when the content was collected ({@code 2026-12})
 * @param found whether published content was found for the procedure at all
 * @param publishedName the name as a source printed it (may carry the keepers' remarks)
 * @param implementingAgency the implementing agency as a source printed it (usually another province's)
 * @param ways submission ways as each source worded them, keyed by the file's province key
 * @param onlineLabels online level labels as each source printed them, keyed by province
 * @param forms the form list as printed
 * @param confidence {@code C} (official page with components) or {@code S} (partial, secondary or older)
 * @param fieldNotes per part, what a cleaned value was as recorded
 * @param componentNotes per component name, where it was read
 * @param legalBasisNotes per legal document number, where it was read
 * @param removedFromPublicText keepers' remarks in parentheses taken out of the published texts
 * @param variants how provinces' versions differ
 */
public record ContentProvenance(String asOf, boolean found, String publishedName, String implementingAgency,
        String competentAuthority, Map<String, String> ways, Map<String, String> onlineLabels, List<String> forms,
        List<Source> sources, String confidence, String confidenceNote, Map<String, String> fieldNotes,
        Map<String, String> componentNotes, Map<String, String> legalBasisNotes, List<String> removedFromPublicText,
        List<Variant> variants, String notes) {

    public ContentProvenance {
        ways = ways == null ? Map.of() : Map.copyOf(ways);
        onlineLabels = onlineLabels == null ? Map.of() : Map.copyOf(onlineLabels);
        forms = forms == null ? List.of() : List.copyOf(forms);
        sources = sources == null ? List.of() : List.copyOf(sources);
        fieldNotes = fieldNotes == null ? Map.of() : Map.copyOf(fieldNotes);
        componentNotes = componentNotes == null ? Map.of() : Map.copyOf(componentNotes);
        legalBasisNotes = legalBasisNotes == null ? Map.of() : Map.copyOf(legalBasisNotes);
        removedFromPublicText = removedFromPublicText == null ? List.of() : List.copyOf(removedFromPublicText);
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** A page the content was read from, and what it gave. */
    public record Source(String url, String province, String site, String gave) {}

    /** How one province's version differs. */
    public record Variant(String province, String difference) {}

    /** The provenance recorded for a version, by whom and when. */
    public record Recorded(String agency, String code, int version, ContentProvenance provenance, Instant recordedAt,
            String recordedBy) {}
}
