package vn.motcua.documents;

/** The data of a form about one dossier: every form but the tracking book. */
public sealed interface DossierForm extends FormInput permits ReceiptForm, SupplementRequestForm, RefusalForm,
        ApologyExtensionForm, StopNoticeForm, ControlSheetForm {

    DossierFacts dossier();
}
