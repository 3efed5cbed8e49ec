package vn.motcua.result.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.result.Digitization;
import vn.motcua.result.DigitizationState;

/**
 * Each component's digitisation state: what the desk recorded wins; otherwise a document uploaded with the
 * dossier (or its supplement) under the component's name makes it ELECTRONIC for an online dossier and SCANNED for
 * one received at the desk or by post; otherwise it is MISSING. A dossier is completely digitised when no component
 * is missing (shown-only and exempt components need no copy; UNCONFIRMED reading of Circular 03/2025 Art. 5(2)).
 */
final class DigitizationRule {

    /** The one component of a procedure whose components are not entered in the catalog. */
    static final String WHOLE_DOSSIER = "Hồ sơ";

    private DigitizationRule() {}

    static List<String> components(List<String> published) {
        return published.isEmpty() ? List.of(WHOLE_DOSSIER) : published;
    }

    static Digitization of(List<String> components, Map<String, Digitization.Component> recorded,
            List<DossierDocument> documents, boolean online) {
        List<Digitization.Component> lines = new ArrayList<>();
        for (String name : components) {
            Digitization.Component record = recorded.get(name);
            if (record != null) {
                lines.add(record);
                continue;
            }
            DossierDocument document = documents.stream().filter(d -> submittedFor(d, name, components))
                    .findFirst().orElse(null);
            DigitizationState state = document == null ? DigitizationState.MISSING
                    : online ? DigitizationState.ELECTRONIC : DigitizationState.SCANNED;
            lines.add(new Digitization.Component(name, state, state.label(), null,
                    document == null ? null : document.id(), null, false,
                    document == null ? null : document.uploadedBy(), null, null));
        }
        return new Digitization(List.copyOf(lines), lines.stream().noneMatch(c -> c.state().pending()));
    }

    /**
     * Whether the document was submitted for the component: uploaded with the dossier or its supplement (not a result)
     * under the component's name, or under any name when the procedure has one component.
     */
    static boolean submittedFor(DossierDocument document, String component, List<String> components) {
        return !"RESULT".equals(document.stage())
                && (components.size() == 1 || key(document.documentName()).equals(key(component)));
    }

    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
