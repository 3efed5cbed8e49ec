package vn.motcua.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A recorded publication decision; its items carry the versions they created. */
public record PublicationDecision(long id, String agency, String number, LocalDate signedOn, String signer,
        LocalDate effectiveOn, String issuingAgency, String title, List<Item> items, boolean inEffect,
        Instant recordedAt, String recordedBy) {

    /** A procedure announced by the decision and the version it produced. */
    public record Item(String code, ChangeKind kind, int version, String name) {}
}
