package vn.motcua.dossier.internal;

/** Transient: replaced by the forms package. */
enum FormKind {
    RECEIPT, SUPPLEMENT_REQUEST, REFUSAL, APOLOGY_EXTENSION, STOP_NOTICE, CONTROL_SHEET, TRACKING_BOOK;

    String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
