package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a dossier's history; never changed once written.
 *
 * @param type the action slug, or {@code created} / {@code imported} / {@code document-added}
 * @param before the changed fields' values before the event
 * @param after the same fields after it
 * @param data other facts of the event (items to supplement, new due date, outcome…)
 * @param publicStep whether the applicant sees the step in public tracking
 */
public record DossierEvent(int seq, String type, String label, Instant at, String actor, String reason,
        Map<String, Object> before, Map<String, Object> after, Map<String, Object> data, boolean publicStep) {}
