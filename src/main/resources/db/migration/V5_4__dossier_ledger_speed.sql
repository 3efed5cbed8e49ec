-- Reports and the 766 index at scale (bench/README.md, "Reports and the 766 index at 1M and 10M";
-- docs/architecture.md, "Reports at scale").
--
-- Counting the dossiers of a period one by one reads every dossier whose span [receipt, end of processing] overlaps
-- it: a quarter of a big agency (10 million dossiers over ten years) is about 400,000 rows, each with its fees and
-- rating looked up, 1.5–3 s. Every figure of the ledger is, per dossier, a step at a few instants (received,
-- processing ended, started and stopped counting as overdue), so a period's figures are sums of per-day counters:
-- the flows of the period (received in it, resolved in it) and the running totals before its start and its end
-- (carried over, in progress, overdue). dossier_ledger_day holds those counters per agency, day and field; statement
-- triggers write every change of a dossier, its fees or its rating in the transaction that makes it. LedgerQueries
-- sums them; its per-dossier rules stay the definition (drill-down lists, periods not bounded by midnights) and give
-- the same numbers.
--
-- Live transactions must not wait for each other on the counters: had the triggers updated the day rows in place,
-- every intake and resolution of an agency's field on one day would update the same row and hold its lock until
-- commit, through the rest of the transaction (forms rendered as PDF and stored). So a change only appends its deltas
-- to dossier_ledger_delta (inserts never wait on each other), and dossier_ledger_fold() moves them into
-- dossier_ledger_day in one statement, every few seconds from the application (several instances may call it: one
-- folds, the others skip). Readers sum both tables in one snapshot, so a figure is exact at any moment, folded or not.

-- A day is a calendar day in Vietnam (report periods start and end at midnight there).
CREATE TABLE dossier_ledger_day (
    agency_code         text NOT NULL,
    day                 date NOT NULL,
    field_name          text,
    -- dossiers received that day, and of them: online, with a fee above 0, with such a fee paid online, digitised
    -- at intake, rated, rated not satisfied
    received            int  NOT NULL,
    received_online     int  NOT NULL,
    fee_bearing         int  NOT NULL,
    paid_online         int  NOT NULL,
    digitized           int  NOT NULL,
    rated               int  NOT NULL,
    rated_not_satisfied int  NOT NULL,
    -- dossiers whose processing ended that day (the end of their span), and of them: early, on time, late (as
    -- LedgerQueries judges them), with an electronic result
    resolved            int  NOT NULL,
    resolved_early      int  NOT NULL,
    resolved_on_time    int  NOT NULL,
    resolved_late       int  NOT NULL,
    result_digitized    int  NOT NULL,
    -- dossiers that start / stop counting as overdue-in-progress for a period ending after that day
    overdue_from        int  NOT NULL,
    overdue_until       int  NOT NULL,
    UNIQUE NULLS NOT DISTINCT (agency_code, day, field_name)
);

-- Changes not yet folded into the day rows.
CREATE TABLE dossier_ledger_delta (LIKE dossier_ledger_day);
CREATE INDEX dossier_ledger_delta_agency_day ON dossier_ledger_delta (agency_code, day);

-- What the ledger reads of a dossier's other tables, as they are now: a fee line above 0, such a line paid online,
-- the applicant's overall rating.
CREATE FUNCTION dossier_ledger_extras(dossier_id bigint, OUT has_fee boolean, OUT has_paid_online boolean,
                                      OUT rating text) LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM dossier_fee f WHERE f.dossier_id = $1 AND f.amount_vnd > 0),
           EXISTS (SELECT 1 FROM dossier_fee f WHERE f.dossier_id = $1 AND f.amount_vnd > 0 AND f.paid_online),
           (SELECT g.overall FROM dossier_rating g WHERE g.dossier_id = $1);
$$;

-- What one dossier adds to the counters, one row per day it touches (none before its receipt). The rules are
-- LedgerQueries' per dossier, for a period [from, to) bounded by midnights:
--   in the period             received < to and (open or span end >= from); span end = greatest(finished, received)
--   received in it            from <= received < to                      -> the receipt day
--   resolved in it            from <= span end < to                      -> the span end day, judged once
--   carried over / in progress at from / at to: received before it, span not ended before it
--   overdue at to (in progress, and the due date passed unless the clock is stopped for a supplement; or counted late
--   for more than one supplement or an extension): from < to <= until, with from = greatest(received, due date) and
--   until = least(span end, supplement requested at) for the clock rule, or from = received and until = span end when
--   counted late -> +1 on the day of from, -1 on the day of until.
CREATE FUNCTION dossier_ledger_events(d dossier, has_fee boolean, has_paid_online boolean, rating text)
RETURNS TABLE (
    agency_code text, day date, field_name text,
    received int, received_online int, fee_bearing int, paid_online int, digitized int, rated int,
    rated_not_satisfied int, resolved int, resolved_early int, resolved_on_time int, resolved_late int,
    result_digitized int, overdue_from int, overdue_until int)
LANGUAGE sql STABLE AS $$
    WITH rules AS (
        SELECT CASE WHEN d.finished_at IS NOT NULL THEN greatest(d.finished_at, d.received_at) END AS span_end,
               d.supplement_requests > 1 OR (d.extended AND r.extension_counts_late) AS counted_late,
               CASE WHEN d.status = 'SUPPLEMENT_REQUESTED' THEN d.supplement_requested_at END AS clock_stopped_at,
               coalesce(d.finished_at > d.deadline_due_at, false) AS after_due,
               d.deadline_due_at IS NOT NULL AND (d.finished_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                   < (d.deadline_due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS early_day
        FROM dossier_rule_set r
        WHERE r.id = d.rule_set AND d.received_at IS NOT NULL
    ), judged AS (
        SELECT span_end, after_due OR counted_late AS late, early_day,
               CASE WHEN counted_late THEN d.received_at
                    WHEN d.deadline_due_at IS NOT NULL THEN greatest(d.received_at, d.deadline_due_at) END AS overdue_from,
               CASE WHEN counted_late THEN span_end
                    WHEN d.deadline_due_at IS NOT NULL AND least(span_end, clock_stopped_at) IS NOT NULL
                        THEN greatest(d.received_at, d.deadline_due_at, least(span_end, clock_stopped_at))
               END AS overdue_until
        FROM rules
    )
    SELECT d.agency_code, (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.field_name,
           1, (d.channel = 'ONLINE')::int, has_fee::int, has_paid_online::int, d.digitized::int,
           (rating IS NOT NULL)::int, coalesce(rating = 'NOT_SATISFIED', false)::int,
           0, 0, 0, 0, 0, 0, 0
    FROM judged
    UNION ALL
    SELECT d.agency_code, (span_end AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.field_name,
           0, 0, 0, 0, 0, 0, 0,
           1, (NOT late AND early_day)::int, (NOT late AND NOT early_day)::int, late::int, d.result_digitized::int,
           0, 0
    FROM judged WHERE span_end IS NOT NULL
    UNION ALL
    SELECT d.agency_code, (overdue_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.field_name,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0
    FROM judged WHERE overdue_from IS NOT NULL
    UNION ALL
    SELECT d.agency_code, (overdue_until AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.field_name,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1
    FROM judged WHERE overdue_until IS NOT NULL
$$;

-- The counter deltas of a set of changes: the query `changes` gives rows (sign, d, has_fee, has_paid_online, rating),
-- sign 1 to add a dossier's events and -1 to take them away; summed per counter row first (a COPY of 500 imported
-- dossiers touches a few dozen). The triggers EXECUTE it (only they can name their transition tables).
CREATE FUNCTION dossier_ledger_update(changes text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
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

-- What the ledger reads of the dossier row (as text, to compare a row before and after an update).
CREATE FUNCTION dossier_ledger_inputs(d dossier) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT ROW(d.agency_code, d.field_name, d.rule_set, d.channel, d.received_at, d.finished_at, d.deadline_due_at,
               d.status = 'SUPPLEMENT_REQUESTED', d.supplement_requested_at, d.supplement_requests, d.extended,
               d.digitized, d.result_digitized)::text;
$$;

-- Rows of a transition table are records: cast to the table's type (n::dossier). A new dossier has no fee line and no
-- rating yet (both reference it), so its events are added without looking them up; if a fee line came in the same
-- statement (a data-modifying WITH), the fee trigger adds what it changes.
CREATE FUNCTION dossier_ledger_dossier_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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

-- Fees: for each dossier whose fee lines changed, its events with the fee facts before the statement (its lines now,
-- less those the statement added or changed, plus those it removed or changed) are taken away and those with the
-- current facts added. Set-based (hash joins over the transition tables), so that a bulk insert stays linear.
CREATE FUNCTION dossier_ledger_fee_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added   text := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN 'new_fees' ELSE '(SELECT * FROM dossier_fee WHERE false)' END;
    removed text := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN 'old_fees' ELSE '(SELECT * FROM dossier_fee WHERE false)' END;
BEGIN
    EXECUTE dossier_ledger_update(format($sql$
        WITH changed AS (SELECT dossier_id FROM %1$s a UNION SELECT dossier_id FROM %2$s r),
             lines_before AS (
                 SELECT f.dossier_id, f.amount_vnd, f.paid_online
                 FROM changed c JOIN dossier_fee f ON f.dossier_id = c.dossier_id
                 WHERE NOT EXISTS (SELECT 1 FROM %1$s a WHERE a.id = f.id)
                 UNION ALL
                 SELECT r.dossier_id, r.amount_vnd, r.paid_online FROM %2$s r),
             prior AS (
                 SELECT c.dossier_id, coalesce(bool_or(b.amount_vnd > 0), false) AS has_fee,
                        coalesce(bool_or(b.amount_vnd > 0 AND b.paid_online), false) AS has_paid_online
                 FROM changed c LEFT JOIN lines_before b ON b.dossier_id = c.dossier_id
                 GROUP BY c.dossier_id)
        SELECT s.sign, d, s.has_fee, s.has_paid_online, cur.rating
        FROM prior p
             JOIN dossier d ON d.id = p.dossier_id
             CROSS JOIN LATERAL dossier_ledger_extras(d.id) AS cur
             CROSS JOIN LATERAL (VALUES (1, cur.has_fee, cur.has_paid_online),
                                        (-1, p.has_fee, p.has_paid_online)) AS s (sign, has_fee, has_paid_online)
        WHERE (cur.has_fee, cur.has_paid_online) IS DISTINCT FROM (p.has_fee, p.has_paid_online)
        $sql$, added, removed));
    RETURN NULL;
END;
$$;

-- Ratings: a dossier has at most one; before the statement it was the removed row's, if any.
CREATE FUNCTION dossier_ledger_rating_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    added   text := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN 'new_ratings' ELSE '(SELECT * FROM dossier_rating WHERE false)' END;
    removed text := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN 'old_ratings' ELSE '(SELECT * FROM dossier_rating WHERE false)' END;
BEGIN
    EXECUTE dossier_ledger_update(format($sql$
        WITH changed AS (SELECT dossier_id FROM %1$s a UNION SELECT dossier_id FROM %2$s r)
        SELECT s.sign, d, cur.has_fee, cur.has_paid_online, s.rating
        FROM changed c
             LEFT JOIN %2$s r ON r.dossier_id = c.dossier_id
             JOIN dossier d ON d.id = c.dossier_id
             CROSS JOIN LATERAL dossier_ledger_extras(d.id) AS cur
             CROSS JOIN LATERAL (VALUES (1, cur.rating), (-1, r.overall)) AS s (sign, rating)
        WHERE cur.rating IS DISTINCT FROM r.overall
        $sql$, added, removed));
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

-- Recomputes every counter from the dossiers as they are, fees and ratings joined whole rather than looked up per
-- dossier; writers wait meanwhile. This migration fills the counters with it, and a later migration that changes
-- what the ledger reads of a rule set (extension_counts_late) must call it again.
CREATE FUNCTION dossier_ledger_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE dossier, dossier_fee, dossier_rating IN SHARE MODE;
    DELETE FROM dossier_ledger_delta;
    DELETE FROM dossier_ledger_day;
    EXECUTE dossier_ledger_update('
        SELECT 1, d, coalesce(f.has_fee, false), coalesce(f.has_paid_online, false), g.overall
        FROM dossier d
             LEFT JOIN (SELECT dossier_id, bool_or(amount_vnd > 0) AS has_fee,
                               bool_or(amount_vnd > 0 AND paid_online) AS has_paid_online
                        FROM dossier_fee GROUP BY dossier_id) f ON f.dossier_id = d.id
             LEFT JOIN dossier_rating g ON g.dossier_id = d.id');
    PERFORM dossier_ledger_fold();
END;
$$;

-- The counters of the dossiers already there, then the triggers that keep them.
SELECT dossier_ledger_rebuild();
ANALYZE dossier_ledger_day;

CREATE TRIGGER dossier_ledger_inserted AFTER INSERT ON dossier REFERENCING NEW TABLE AS new_dossiers
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_dossier_changed();
CREATE TRIGGER dossier_ledger_updated AFTER UPDATE ON dossier
    REFERENCING OLD TABLE AS old_dossiers NEW TABLE AS new_dossiers
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_dossier_changed();
CREATE TRIGGER dossier_ledger_deleted AFTER DELETE ON dossier REFERENCING OLD TABLE AS old_dossiers
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_dossier_changed();

CREATE TRIGGER dossier_ledger_fee_inserted AFTER INSERT ON dossier_fee REFERENCING NEW TABLE AS new_fees
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_fee_changed();
CREATE TRIGGER dossier_ledger_fee_updated AFTER UPDATE ON dossier_fee
    REFERENCING OLD TABLE AS old_fees NEW TABLE AS new_fees
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_fee_changed();
CREATE TRIGGER dossier_ledger_fee_deleted AFTER DELETE ON dossier_fee REFERENCING OLD TABLE AS old_fees
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_fee_changed();

CREATE TRIGGER dossier_ledger_rating_inserted AFTER INSERT ON dossier_rating REFERENCING NEW TABLE AS new_ratings
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_rating_changed();
CREATE TRIGGER dossier_ledger_rating_updated AFTER UPDATE ON dossier_rating
    REFERENCING OLD TABLE AS old_ratings NEW TABLE AS new_ratings
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_rating_changed();
CREATE TRIGGER dossier_ledger_rating_deleted AFTER DELETE ON dossier_rating REFERENCING OLD TABLE AS old_ratings
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_ledger_rating_changed();
