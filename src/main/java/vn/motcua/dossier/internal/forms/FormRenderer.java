package vn.motcua.dossier.internal.forms;

import org.springframework.stereotype.Component;

/**
 * Renders an official dossier form as PDF: plain data in, PDF bytes out. Text is drawn in the bundled DejaVu
 * Serif, embedded as a subset, so Vietnamese renders the same everywhere. Stateless and thread-safe.
 */
@Component
public class FormRenderer {

    /**
     * The form for the given data, as the given circular prescribes it.
     *
     * @throws vn.motcua.shared.ProblemException (404) when the circular has no such form, e.g. the stop notice
     *                                           under Circular 01/2018
     */
    public byte[] render(FormSet set, FormInput input) {
        FormSpec spec = set.require(input.kind());
        try (FormDocument document = FormDocument.open(spec.paper())) {
            write(new FormBlocks(document, spec), spec, input);
            return document.finish(metadata(spec, input));
        }
    }

    private static void write(FormBlocks form, FormSpec spec, FormInput input) {
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
