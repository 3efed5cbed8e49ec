-- Two more intake figures of the ledger (V5_4), counted on the receipt day, for the Decision 766 index:
-- * reuse of digitised data (khai thác, sử dụng lại dữ liệu số hóa; metric 4.3): an applicant attaches a result from
--   their store (kho kết quả) instead of uploading the component again; the component's digitisation record names the
--   result it came from, and the dossier is flagged;
-- * dossiers submitted with an account authenticated by VNeID (metric 4.5b): the identity provider recorded on the
--   dossier at submission (V9_3).
ALTER TABLE dossier ADD COLUMN reused_data boolean NOT NULL DEFAULT false;
ALTER TABLE dossier_component_digitization ADD COLUMN reused_from text;

-- Appended last to both tables, in the same place: the deltas are inserted and folded by position.
ALTER TABLE dossier_ledger_day ADD COLUMN reused int NOT NULL DEFAULT 0, ADD COLUMN identified int NOT NULL DEFAULT 0;
ALTER TABLE dossier_ledger_delta ADD COLUMN reused int NOT NULL DEFAULT 0, ADD COLUMN identified int NOT NULL DEFAULT 0;

-- V5_4's rules with the two figures. No dossier was flagged as reusing data before this migration; the dossiers of
-- identified applicants already received are added to the counters at the end.
DROP FUNCTION dossier_ledger_events(dossier, boolean, boolean, text);
CREATE FUNCTION dossier_ledger_events(d dossier, has_fee boolean, has_paid_online boolean, rating text)
RETURNS TABLE (
    agency_code text, day date, field_name text,
    received int, received_online int, fee_bearing int, paid_online int, digitized int, rated int,
    rated_not_satisfied int, resolved int, resolved_early int, resolved_on_time int, resolved_late int,
    result_digitized int, overdue_from int, overdue_until int, reused int, identified int)
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
           0, 0, 0, 0, 0, 0, 0, d.reused_data::int, (d.applicant_identity_provider IS NOT NULL)::int
    FROM judged
    UNION ALL
    SELECT d.agency_code, (span_end AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.field_name,
           0, 0, 0, 0, 0, 0, 0,
           1, (NOT late AND early_day)::int, (NOT late AND NOT early_day)::int, late::int, d.result_digitized::int,
           0, 0, 0, 0
    FROM judged WHERE span_end IS NOT NULL
    UNION ALL
    SELECT d.agency_code, (overdue_from AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.field_name,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0
    FROM judged WHERE overdue_from IS NOT NULL
    UNION ALL
    SELECT d.agency_code, (overdue_until AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, d.field_name,
           0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0
    FROM judged WHERE overdue_until IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION dossier_ledger_update(changes text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT format($sql$
        INSERT INTO dossier_ledger_delta
        SELECT e.agency_code, e.day, e.field_name,
               sum(c.sign * e.received), sum(c.sign * e.received_online), sum(c.sign * e.fee_bearing),
               sum(c.sign * e.paid_online), sum(c.sign * e.digitized), sum(c.sign * e.rated),
               sum(c.sign * e.rated_not_satisfied), sum(c.sign * e.resolved), sum(c.sign * e.resolved_early),
               sum(c.sign * e.resolved_on_time), sum(c.sign * e.resolved_late), sum(c.sign * e.result_digitized),
               sum(c.sign * e.overdue_from), sum(c.sign * e.overdue_until), sum(c.sign * e.reused),
               sum(c.sign * e.identified)
        FROM (%s) AS c (sign, d, has_fee, has_paid_online, rating)
             CROSS JOIN LATERAL dossier_ledger_events(c.d, c.has_fee, c.has_paid_online, c.rating) AS e
        GROUP BY e.agency_code, e.day, e.field_name
        $sql$, changes);
$$;

CREATE OR REPLACE FUNCTION dossier_ledger_inputs(d dossier) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT ROW(d.agency_code, d.field_name, d.rule_set, d.channel, d.received_at, d.finished_at, d.deadline_due_at,
               d.status = 'SUPPLEMENT_REQUESTED', d.supplement_requested_at, d.supplement_requests, d.extended,
               d.digitized, d.result_digitized, d.reused_data, d.applicant_identity_provider)::text;
$$;

CREATE OR REPLACE FUNCTION dossier_ledger_fold() RETURNS bigint LANGUAGE plpgsql AS $$
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
           sum(resolved_on_time), sum(resolved_late), sum(result_digitized), sum(overdue_from), sum(overdue_until),
           sum(reused), sum(identified)
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
        overdue_until = l.overdue_until + excluded.overdue_until,
        reused = l.reused + excluded.reused,
        identified = l.identified + excluded.identified;
    GET DIAGNOSTICS folded = ROW_COUNT;
    RETURN folded;
END;
$$;

-- The identified applicants' dossiers received before this migration.
INSERT INTO dossier_ledger_delta (agency_code, day, field_name, received, received_online, fee_bearing, paid_online,
                                  digitized, rated, rated_not_satisfied, resolved, resolved_early, resolved_on_time,
                                  resolved_late, result_digitized, overdue_from, overdue_until, reused, identified)
SELECT agency_code, (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, field_name,
       0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*)
FROM dossier
WHERE applicant_identity_provider IS NOT NULL AND received_at IS NOT NULL
GROUP BY 1, 2, 3;
