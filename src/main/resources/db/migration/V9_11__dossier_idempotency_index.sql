-- Issue 14, write path: a registration's Idempotency-Key is unique per person, but most dossiers have none (the desk's
-- registrations, imports). The unique constraint of V5 indexed every dossier, keyless ones too, so every insert and
-- every non-HOT update of a dossier (each action) added an entry to it. A partial unique index keeps the rule for
-- keys that are given (keyless rows were never in conflict: NULLs are distinct) and leaves the other rows out.
CREATE UNIQUE INDEX dossier_idempotency_key ON dossier (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL;
ALTER TABLE dossier DROP CONSTRAINT dossier_created_by_idempotency_key_key;
