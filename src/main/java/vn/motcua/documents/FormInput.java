package vn.motcua.documents;

/** The data of one form; its type decides the form kind, so a form can never be rendered from the wrong data. */
public sealed interface FormInput permits DossierForm, TrackingBookForm {

    FormKind kind();

    FormHeader header();
}
