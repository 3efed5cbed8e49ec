package vn.motcua.catalog;

/**
 * One component of the dossier (thành phần hồ sơ): its name, how many originals and copies, the form template to
 * download if there is one, and whether it is always required or only under a condition.
 *
 * @param mandatory {@code true} required, {@code false} only under {@code condition} (or "if any"), {@code null}
 *                  when the published content does not say
 */
public record RequiredDocument(String name, Integer originals, Integer copies, String templateName,
        String templateUrl, Boolean mandatory, String condition) {

    /** Whether the component must be in every dossier (stated as required). */
    public boolean required() {
        return Boolean.TRUE.equals(mandatory);
    }

    /** "01 bản chính, 01 bản sao", or null when the number of copies is not published. */
    public String copiesText() {
        if (originals == null && copies == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        if (originals != null) {
            text.append(String.format("%02d", originals)).append(" bản chính");
        }
        if (copies != null) {
            text.append(text.length() == 0 ? "" : ", ").append(String.format("%02d", copies)).append(" bản sao");
        }
        return text.toString();
    }
}
