package vn.motcua.dossier;

import java.util.Arrays;
import java.util.Optional;

/**
 * The one-stop desk's views of the dossiers it received, after they left the desk: the desk hands the result back,
 * so it keeps sight of them. Each view is a set of statuses over the agency's dossiers (whatever unit holds them).
 */
public enum DeskView {
    /** In a processing unit (being processed, or waiting for the applicant's financial obligation). */
    PROCESSING("desk-processing", "Đang giải quyết"),
    /** Waiting for the applicant's supplement (before or after receipt). */
    SUPPLEMENT("desk-supplement", "Chờ bổ sung"),
    /** Resolved, the result not yet returned to the applicant. */
    READY("desk-ready", "Chờ trả kết quả"),
    /** Result returned today (the agency's calendar day). */
    RETURNED_TODAY("desk-returned-today", "Đã trả kết quả hôm nay");

    private final String slug;
    private final String label;

    DeskView(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** The name in URLs and the API's {@code view} parameter. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<DeskView> ofSlug(String slug) {
        return slug == null ? Optional.empty()
                : Arrays.stream(values()).filter(v -> v.slug.equals(slug.strip())).findFirst();
    }
}
