package vn.motcua.catalog;

/**
 * One component of the dossier (thành phần hồ sơ): its name, how many originals and copies, the form template to
 * download if there is one, and whether it is always required or only under a condition.
 */
public record RequiredDocument(String name, Integer originals, Integer copies, String templateName,
        String templateUrl, boolean mandatory, String condition) {}
