package vn.motcua.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Pulls of the national TTHC database into catalog drafts (integrations.md §1.7): each procedure changed there since
 * the last pull becomes a draft version of the procedure in each following agency's catalog (provenance "CSDL quốc
 * gia"), never published by itself — the control officer publishes it with a decision on {@code /quan-tri/thu-tuc}. A
 * package seen before, or one that matches the catalog already, writes nothing, so pulling twice makes no second
 * draft. Daily (one instance) and on request; each pull is recorded.
 */
public interface NationalCatalogPulls {

    /**
     * One pull.
     *
     * @param created   drafts of procedures new to an agency's catalog
     * @param changed   drafts of procedures whose national content changed
     * @param unchanged packages seen before or matching the catalog
     * @param skipped   new national procedures outside the fields of the agency's catalog
     */
    record Pull(long id, Instant startedAt, Instant finishedAt, String triggeredBy, LocalDate changedSince,
            int listed, int created, int changed, int unchanged, int skipped, List<String> errors) {

        public Pull {
            errors = errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /** Whether the national database has an address (its own or the portal's). */
    boolean configured();

    /** Pulls now, as {@code user} (an administrator) or the system; 409 when no address is configured. */
    Pull pull(String user);

    /** The latest pulls, newest first. */
    List<Pull> recent(int limit);
}
