package vn.motcua.documents;

import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.EReceiptLayout;
import vn.motcua.documents.internal.FormWriter;

/**
 * Renders an official form as PDF: plain data in, PDF bytes out. Text is drawn in the bundled DejaVu Serif,
 * embedded as a subset, so Vietnamese renders the same everywhere. Stateless and thread-safe.
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
        return FormWriter.write(set.require(input.kind()), input);
    }

    /** The printed view of an electronic receipt for fees and charges (A5). */
    public byte[] render(EReceiptForm receipt) {
        return EReceiptLayout.write(receipt);
    }
}
