-- Issue 14, write path: the ledger's statement triggers (V5_4) ran their delta inserts with EXECUTE, which plans the
-- statement again at every change: about 0.8 ms of each registration, receipt and resolution (on an idle server, an
-- update that changes the ledger's inputs took 1.46 ms with EXECUTE and 0.66 ms with the same statement static; one
-- that changes none, 0.12 ms). PL/pgSQL plans a static statement once per connection and keeps the plan; transition
-- tables may be named in static statements as in dynamic ones.
--
-- The statements are still written by dossier_ledger_update() (the counters' single definition): this function
-- writes the trigger functions from it, one static statement per operation. A migration that changes
-- dossier_ledger_update() or the fee and rating rules below calls it again (LedgerTriggersIntegrationTest checks that
-- the installed functions are what it writes).
CREATE FUNCTION dossier_ledger_write_triggers() RETURNS void LANGUAGE plpgsql AS $gen$
DECLARE
    t          record;
    no_fees    text := '(SELECT * FROM dossier_fee WHERE false)';
    no_ratings text := '(SELECT * FROM dossier_rating WHERE false)';
    -- what changed on a dossier's fee lines: %1$s the lines added or changed, %2$s those removed or changed
    fee_changes text := $sql$
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
        $sql$;
    rating_changes text := $sql$
        WITH changed AS (SELECT dossier_id FROM %1$s a UNION SELECT dossier_id FROM %2$s r)
        SELECT s.sign, d, cur.has_fee, cur.has_paid_online, s.rating
        FROM changed c
             LEFT JOIN %2$s r ON r.dossier_id = c.dossier_id
             JOIN dossier d ON d.id = c.dossier_id
             CROSS JOIN LATERAL dossier_ledger_extras(d.id) AS cur
             CROSS JOIN LATERAL (VALUES (1, cur.rating), (-1, r.overall)) AS s (sign, rating)
        WHERE cur.rating IS DISTINCT FROM r.overall
        $sql$;
BEGIN
    -- A new dossier has no fee line and no rating yet (both reference it); most updates (assignment, steps,
    -- returning the result) change nothing that the ledger reads.
    EXECUTE format($f$
        CREATE OR REPLACE FUNCTION dossier_ledger_dossier_changed() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                %s;
            ELSIF TG_OP = 'DELETE' THEN
                %s;
            ELSIF EXISTS (SELECT 1 FROM new_dossiers n JOIN old_dossiers o ON o.id = n.id
                          WHERE dossier_ledger_inputs(n::dossier) IS DISTINCT FROM dossier_ledger_inputs(o::dossier)) THEN
                %s;
            END IF;
            RETURN NULL;
        END;
        $body$
        $f$,
        dossier_ledger_update('SELECT 1, n::dossier, false, false, NULL::text FROM new_dossiers n'),
        dossier_ledger_update('SELECT -1, o::dossier, x.* FROM old_dossiers o
                                   CROSS JOIN LATERAL dossier_ledger_extras(o.id) x'),
        dossier_ledger_update('SELECT c.sign, c.d, x.* FROM new_dossiers n JOIN old_dossiers o ON o.id = n.id
                                   CROSS JOIN LATERAL (VALUES (1, n::dossier), (-1, o::dossier)) c (sign, d)
                                   CROSS JOIN LATERAL dossier_ledger_extras(n.id) x
                               WHERE dossier_ledger_inputs(n::dossier)
                                     IS DISTINCT FROM dossier_ledger_inputs(o::dossier)'));
    -- Fee lines and ratings: the same three statements each, from their own rule of what changed.
    FOR t IN SELECT * FROM (VALUES ('dossier_ledger_fee_changed', fee_changes, 'new_fees', 'old_fees', no_fees),
                                   ('dossier_ledger_rating_changed', rating_changes, 'new_ratings', 'old_ratings',
                                    no_ratings)) AS v (function_name, changes, added, removed, nothing)
    LOOP
        EXECUTE format($f$
            CREATE OR REPLACE FUNCTION %I() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    %s;
                ELSIF TG_OP = 'UPDATE' THEN
                    %s;
                ELSE
                    %s;
                END IF;
                RETURN NULL;
            END;
            $body$
            $f$,
            t.function_name,
            dossier_ledger_update(format(t.changes, t.added, t.nothing)),
            dossier_ledger_update(format(t.changes, t.added, t.removed)),
            dossier_ledger_update(format(t.changes, t.nothing, t.removed)));
    END LOOP;
END;
$gen$;

SELECT dossier_ledger_write_triggers();
