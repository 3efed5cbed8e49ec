package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The dossier engine. Every command is one transaction: it completes or changes nothing. Bad input, forbidden
 * transitions and stale versions raise {@link vn.motcua.shared.ProblemException} (400, 403, 404, 409, 412) with a
 * Vietnamese explanation. {@code actor} is the signed-in username.
 */
public interface Dossiers {

    /** A registered dossier, and whether it was registered by an earlier request with the same idempotency key. */
    record Registration(Dossier dossier, boolean replayed) {}

    Registration register(NewDossier dossier, String actor);

    Dossier get(String code, String actor);

    List<DossierEvent> history(String code, String actor);

    /** A dossier after an action, and the actions now open to the one who took it (read in the same transaction). */
    record Acted(Dossier dossier, Set<DossierAction> availableActions) {}

    /**
     * Takes {@code action} on the dossier as of {@code expectedVersion} ({@code If-Match}; stale: 412). The command
     * is asked of {@code command} only once the dossier is found and readable, the version matches, the caller may
     * take the action and the dossier's state and rules allow it, so those refusals (404, 412, 403, 409) come before a
     * 400 about the input; the supplied command must be of {@code action}.
     */
    Acted act(String code, DossierAction action, int expectedVersion, Supplier<? extends ActionCommand> command,
            String actor);

    /** The actions the status allows and the caller may take (for pages). */
    Set<DossierAction> availableActions(String code, String actor);

    QueuePage queue(QueueQuery query, String actor);

    /**
     * The dossiers the caller submitted as their applicant, through the online form or the API, newest first: at most
     * {@code limit} of them (1 to 500).
     */
    List<SubmittedDossier> submittedBy(String actor, int limit);

    /** The public view; 404 when the code is unknown or the secret does not match (indistinguishably). */
    PublicDossier lookup(String code, String secret);

    List<DossierDocument> addDocuments(String code, String stage, List<DocumentUpload> uploads, String actor);

    List<DossierDocument> documents(String code, String actor);

    /** The stored bytes of one document. */
    byte[] document(String code, long documentId, String actor);

    /**
     * The PDF of a form by its slug ({@code receipt}, {@code supplement-request}, {@code refusal},
     * {@code apology-extension}, {@code stop-notice}, {@code control-sheet}, {@code tracking-book}): the copy issued
     * with the action, or, for the control sheet and the tracking book entry, drawn from the current state. Empty
     * while an issued form is still being rendered (a job renders it right after the action commits).
     */
    Optional<byte[]> form(String code, String form, String actor);

    /**
     * The unit a transfer goes to when none is chosen: the one named by the internal procedure's step after the
     * desk's; empty when that step names no unit of the agency.
     */
    Optional<String> proposedTransferUnit(String code, String actor);

    /** The process control sheet: every hand-over with its deadline and how it ended. */
    List<ControlSheetRow> controlSheet(String code, String actor);
}
