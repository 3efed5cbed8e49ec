-- Workers take a due job of an urgent kind (the receipt slip an applicant waits for) before the others: by kind, in id
-- order, without reading past the deliveries and checks queued ahead of it.
CREATE INDEX job_pending_kind ON job (kind, id) WHERE failed_at IS NULL;
