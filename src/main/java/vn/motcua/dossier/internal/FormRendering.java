package vn.motcua.dossier.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.documents.ApologyExtensionForm;
import vn.motcua.documents.FormInput;
import vn.motcua.documents.FormKind;
import vn.motcua.documents.FormRenderer;
import vn.motcua.documents.ReceiptForm;
import vn.motcua.documents.RefusalForm;
import vn.motcua.documents.StopNoticeForm;
import vn.motcua.documents.SupplementRequestForm;
import vn.motcua.dossier.DossierFormSigner;
import vn.motcua.platform.FileStorage;
import vn.motcua.platform.JobHandler;

/**
 * The job that turns an issued form's recorded data into its PDF, signed when a {@link DossierFormSigner} signs
 * forms of its kind, and stores it. Run again after a crash it finds the form already rendered, or renders the same
 * bytes again (same key in the content-addressed storage; a signed form gets a new signature, so a new key).
 */
@Component
class FormRendering implements JobHandler {

    static final String KIND = "dossier.form.render";

    private static final Map<FormKind, Class<? extends FormInput>> INPUTS = Map.of(
            FormKind.RECEIPT, ReceiptForm.class,
            FormKind.SUPPLEMENT_REQUEST, SupplementRequestForm.class,
            FormKind.REFUSAL, RefusalForm.class,
            FormKind.APOLOGY_EXTENSION, ApologyExtensionForm.class,
            FormKind.STOP_NOTICE, StopNoticeForm.class);

    private final FormRepository forms;
    private final FormRenderer renderer;
    private final FileStorage storage;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<DossierFormSigner> signer;

    FormRendering(FormRepository forms, FormRenderer renderer, FileStorage storage, JsonMapper json, Clock clock,
            ObjectProvider<DossierFormSigner> signer) {
        this.signer = signer;
        this.forms = forms;
        this.renderer = renderer;
        this.storage = storage;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The applicant is handed the receipt slip (or waits for the refusal, the request to supplement) at once. */
    @Override
    public boolean urgent() {
        return true;
    }

    @Override
    public void run(String payload) {
        forms.lockUnrendered(Long.parseLong(payload)).ifPresent(form -> {
            FormInput input = json.readValue(form.input(), INPUTS.get(form.kind()));
            byte[] rendered = renderer.render(form.set(), input);
            DossierFormSigner formSigner = signer.getIfAvailable();
            byte[] pdf = formSigner == null ? rendered : formSigner.sign(form.agencyCode(), form.dossierCode(),
                    form.kind().slug(), rendered).orElse(rendered);
            forms.rendered(form.id(), storage.store(new ByteArrayInputStream(pdf)).key(), clock.instant());
        });
    }
}
