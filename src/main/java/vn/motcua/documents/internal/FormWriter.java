package vn.motcua.documents.internal;

import vn.motcua.documents.ApologyExtensionForm;
import vn.motcua.documents.ControlSheetForm;
import vn.motcua.documents.DossierForm;
import vn.motcua.documents.FormInput;
import vn.motcua.documents.FormSpec;
import vn.motcua.documents.ReceiptForm;
import vn.motcua.documents.RefusalForm;
import vn.motcua.documents.StopNoticeForm;
import vn.motcua.documents.SupplementRequestForm;
import vn.motcua.documents.TrackingBookForm;

/** Lays out one official form on its paper and writes the PDF: the layout of each form kind, then the metadata. */
public final class FormWriter {

    private FormWriter() {
    }

    public static byte[] write(FormSpec spec, FormInput input) {
        try (FormDocument document = FormDocument.open(spec.paper())) {
            layOut(new FormBlocks(document, spec), spec, input);
            return document.finish(metadata(spec, input));
        }
    }

    private static void layOut(FormBlocks form, FormSpec spec, FormInput input) {
        if (input instanceof ReceiptForm receipt) {
            ReceiptLayout.write(form, spec, receipt);
        } else if (input instanceof SupplementRequestForm request) {
            SupplementRequestLayout.write(form, request);
        } else if (input instanceof RefusalForm refusal) {
            RefusalLayout.write(form, spec, refusal);
        } else if (input instanceof ApologyExtensionForm apology) {
            ApologyExtensionLayout.write(form, spec, apology);
        } else if (input instanceof StopNoticeForm notice) {
            StopNoticeLayout.write(form, notice);
        } else if (input instanceof ControlSheetForm sheet) {
            ControlSheetLayout.write(form, spec, sheet);
        } else if (input instanceof TrackingBookForm book) {
            TrackingBookLayout.write(form, book);
        } else {
            throw new IllegalArgumentException("unknown form input " + input.getClass());
        }
    }

    /** Title: the form's title and the dossier code (the period for the book); author: the issuing body. */
    private static FormDocument.Metadata metadata(FormSpec spec, FormInput input) {
        String subject = input instanceof DossierForm form ? form.dossier().code()
                : ((TrackingBookForm) input).periodTitle();
        String title = Texts.isBlank(subject) ? spec.title() : spec.title() + " – " + subject;
        return new FormDocument.Metadata(title, input.header().issuerName(),
                spec.label() + ", " + spec.set().circular());
    }
}
