-- Live transactions must not wait for each other on the ledger counters (docs/architecture.md, "Reports at scale").
--
-- With V5_4 every intake and every resolution of an agency's field on one day updated the same dossier_ledger_day
-- row and held its lock until commit, through the rest of the transaction (forms rendered as PDF and stored): six
-- desk clients measured 7.7 dossiers/s through their whole life instead of 23.8 (bench/README.md). Now a change only
-- appends its counter deltas to dossier_ledger_delta (inserts never wait on each other), and dossier_ledger_fold()
-- moves them into dossier_ledger_day in one statement, every few seconds from the application (several instances
-- may call it: one folds, the others skip). Readers sum both tables in one snapshot, so a figure is exact at any
-- moment, folded or not.

CREATE TABLE dossier_ledger_delta (LIKE dossier_ledger_day);
CREATE INDEX dossier_ledger_delta_agency_day ON dossier_ledger_delta (agency_code, day);

CREATE OR REPLACE FUNCTION dossier_ledger_update(changes text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT format($sql$
        INSERT INTO dossier_ledger_delta
        SELECT e.agency_code, e.day, e.field_name,
               sum(c.sign * e.received), sum(c.sign * e.received_online), sum(c.sign * e.fee_bearing),
               sum(c.sign * e.paid_online), sum(c.sign * e.digitized), sum(c.sign * e.rated),
               sum(c.sign * e.rated_not_satisfied), sum(c.sign * e.resolved), sum(c.sign * e.resolved_early),
               sum(c.sign * e.resolved_on_time), sum(c.sign * e.resolved_late), sum(c.sign * e.result_digitized),
               sum(c.sign * e.overdue_from), sum(c.sign * e.overdue_until)
        FROM (%s) AS c (sign, d, has_fee, has_paid_online, rating)
             CROSS JOIN LATERAL dossier_ledger_events(c.d, c.has_fee, c.has_paid_online, c.rating) AS e
        GROUP BY e.agency_code, e.day, e.field_name
        $sql$, changes);
$$;

-- A new dossier has no fee line and no rating yet (both reference it), so its events are added without looking them
-- up; if a fee line came in the same statement (a data-modifying WITH), the fee trigger adds what it changes.
CREATE OR REPLACE FUNCTION dossier_ledger_dossier_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE dossier_ledger_update('SELECT 1, n::dossier, false, false, NULL::text FROM new_dossiers n');
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE dossier_ledger_update('SELECT -1, o::dossier, x.* FROM old_dossiers o
                                           CROSS JOIN LATERAL dossier_ledger_extras(o.id) x');
    -- most updates (assignment, steps, returning the result) change nothing that the ledger reads
    ELSIF EXISTS (SELECT 1 FROM new_dossiers n JOIN old_dossiers o ON o.id = n.id
                  WHERE dossier_ledger_inputs(n::dossier) IS DISTINCT FROM dossier_ledger_inputs(o::dossier)) THEN
        EXECUTE dossier_ledger_update('SELECT c.sign, c.d, x.* FROM new_dossiers n JOIN old_dossiers o ON o.id = n.id
                                           CROSS JOIN LATERAL (VALUES (1, n::dossier), (-1, o::dossier)) c (sign, d)
                                           CROSS JOIN LATERAL dossier_ledger_extras(n.id) x
                                       WHERE dossier_ledger_inputs(n::dossier)
                                             IS DISTINCT FROM dossier_ledger_inputs(o::dossier)');
    END IF;
    RETURN NULL;
END;
$$;

-- Moves the committed deltas into the day rows (summed per row first, in key order) and says how many day rows it
-- changed; 0 without waiting when another session is folding.
CREATE FUNCTION dossier_ledger_fold() RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    folded bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(hashtext('motcua.dossier_ledger_fold')) THEN
        RETURN 0;
    END IF;
    WITH moved AS (DELETE FROM dossier_ledger_delta RETURNING *)
    INSERT INTO dossier_ledger_day AS l
    SELECT agency_code, day, field_name, sum(received), sum(received_online), sum(fee_bearing), sum(paid_online),
           sum(digitized), sum(rated), sum(rated_not_satisfied), sum(resolved), sum(resolved_early),
           sum(resolved_on_time), sum(resolved_late), sum(result_digitized), sum(overdue_from), sum(overdue_until)
    FROM moved
    GROUP BY agency_code, day, field_name
    ORDER BY agency_code, day, field_name
    ON CONFLICT (agency_code, day, field_name) DO UPDATE SET
        received = l.received + excluded.received,
        received_online = l.received_online + excluded.received_online,
        fee_bearing = l.fee_bearing + excluded.fee_bearing,
        paid_online = l.paid_online + excluded.paid_online,
        digitized = l.digitized + excluded.digitized,
        rated = l.rated + excluded.rated,
        rated_not_satisfied = l.rated_not_satisfied + excluded.rated_not_satisfied,
        resolved = l.resolved + excluded.resolved,
        resolved_early = l.resolved_early + excluded.resolved_early,
        resolved_on_time = l.resolved_on_time + excluded.resolved_on_time,
        resolved_late = l.resolved_late + excluded.resolved_late,
        result_digitized = l.result_digitized + excluded.result_digitized,
        overdue_from = l.overdue_from + excluded.overdue_from,
        overdue_until = l.overdue_until + excluded.overdue_until;
    GET DIAGNOSTICS folded = ROW_COUNT;
    RETURN folded;
END;
$$;
