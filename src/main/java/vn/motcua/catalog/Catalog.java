package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The procedure catalog of every agency. The version of a procedure "in force" is the latest version whose
 * effective date has come by the injected clock; drafts and versions announced for a later date wait.
 * Agency codes may be left out ({@code null}) where the code identifies one agency's procedure.
 */
public interface Catalog {

    /** The author of the system's own writes (the demo catalog, the national catalogue pull); never a username. */
    String SYSTEM = "system:motcua";

    SearchPage<ProcedureSummary> search(SearchQuery query);

    /** The version in force; 404 when the procedure is unknown or not yet in force. */
    ProcedureVersion current(String agency, String code);

    /** Every version, oldest first, drafts and announced-for-later included. */
    List<ProcedureVersion> versions(String agency, String code);

    ProcedureVersion version(String agency, String code, int version);

    /** Constituent parts that differ from version {@code from} to version {@code to}. */
    List<FieldChange> diff(String agency, String code, int from, int to);

    /**
     * The version a new dossier is received under; refuses (409, Vietnamese reason) when the procedure is
     * abolished, and 404 when unknown.
     */
    ProcedureVersion requireAcceptingDossiers(String agency, String code);

    /** Imports a catalog file of the shared schema; each procedure in its own transaction. */
    ImportSummary importCatalog(String agency, byte[] file, String user);

    /**
     * Imports the published content (steps, components, sets, time-limit wording, applicants, result, fee wording,
     * conditions, legal basis) of procedures already in the agency's catalog, from a content file: a procedure whose
     * content changes gets a new version (never an overwrite), an unchanged one nothing; parts the file does not
     * state keep the catalog's value. The file's sources, confidence and notes are recorded as the version's
     * provenance. Each procedure in its own transaction; refused records are reported with the reason.
     */
    ImportSummary importContent(String agency, byte[] file, String user);

    /**
     * The provenance of a version's content (sources, confidence, the keepers' notes): internal, for the agency's
     * control officers and administrators (403 for anyone else); empty when none was recorded.
     */
    Optional<ContentProvenance.Recorded> provenance(String agency, String code, int version, String user);

    /** The latest recorded provenance of each procedure of the agency (control officers, administrators). */
    List<ContentProvenance.Recorded> provenances(String agency, String user);

    /** Records a draft version, for a later decision to publish. */
    ProcedureVersion createDraft(String agency, String code, ProcedureContent content, String user);

    /**
     * Records a draft version together with where its content came from (e.g. the national TTHC database), both or
     * neither; the provenance is internal like that of a content import.
     */
    ProcedureVersion createDraft(String agency, String code, ProcedureContent content, ContentProvenance provenance,
            String user);

    /** Records a publication decision with all its versions, or nothing (one transaction). */
    PublicationDecision publish(NewDecision decision, String user);

    List<PublicationDecision> decisions(String agency);

    PublicationDecision decision(long id);

    Optional<InternalProcedure> internalProcedure(String agency, String code, int version);

    /** Records a new revision of the internal procedure of a version; refuses one that breaks the time limit. */
    InternalProcedure saveInternalProcedure(String agency, String code, int version, InternalProcedurePlan plan,
            String user);

    CatalogFeed feed(String agency, LocalDate from, LocalDate to);

    /** Drafts and versions announced for a later date, of one agency (or all), oldest first. */
    List<ProcedureVersion> pending(String agency);

    /** Field names in the catalog (for filters). */
    List<String> fields(String agency);

    /** Agencies that hold procedures. */
    List<String> agencies();

    /**
     * The lowest assurance level of a national sign-in (mức định danh điện tử, 1 or 2) the procedure accepts for online
     * submission, 0 when any account may submit. A setting of the procedure, not of its published versions.
     */
    int minimumAssuranceLevel(String agency, String code);

    /** Sets the procedure's lowest accepted assurance level (0 or null: none) as a control officer or administrator. */
    int setMinimumAssuranceLevel(String agency, String code, Integer level, String user);
}
