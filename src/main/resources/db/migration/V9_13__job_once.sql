-- Jobs added once (platform.Jobs.enqueueOnce): the job's kind and a key of the caller's choosing (for daily work, the
-- day), inserted with ON CONFLICT DO NOTHING in the transaction that adds the job. The key's row and the job commit
-- together; a second transaction inserting the same key waits for the first and adds nothing, so of several instances
-- racing, one queues the job. It replaces the three claim tables of the daily runs; their claims are carried over so
-- that a day already queued before the upgrade is not queued again.
CREATE TABLE job_once (
    kind       text        NOT NULL,
    key        text        NOT NULL,
    queued_at  timestamptz NOT NULL,
    PRIMARY KEY (kind, key)
);

-- integration.internal.DailyRuns: the national catalogue pull and the portal reconciliation, keyed by the day.
INSERT INTO job_once (kind, key, queued_at)
SELECT CASE kind WHEN 'national-catalog-pull' THEN 'integration.national-catalog.pull'
                 ELSE 'integration.portal.reconcile' END,
       to_char(day, 'YYYY-MM-DD'), queued_at
FROM integration_daily_run
WHERE kind IN ('national-catalog-pull', 'portal-reconciliation');
DROP TABLE integration_daily_run;

-- notification.internal.OfficerDigest: the day's digest (one job that queues one per official); the officers' count
-- the claim recorded was read by nothing.
INSERT INTO job_once (kind, key, queued_at)
SELECT 'notification.digest.day', to_char(day, 'YYYY-MM-DD'), claimed_at FROM notification_digest;
DROP TABLE notification_digest;

-- payment.internal.PaymentJobs: the day's reconciliation. payment_reconciliation stays as the record of what each
-- reconciliation found (written when it runs); a day it holds was claimed or reconciled already.
INSERT INTO job_once (kind, key, queued_at)
SELECT 'payment.reconcile', to_char(day, 'YYYY-MM-DD'), requested_at FROM payment_reconciliation;
