-- Issue 21, a verifiable audit trail: every dossier's history events are chained by hash, the chains are anchored
-- daily under a key kept outside the database, and who read which personal data is recorded.

-- The digest of one event given its predecessor's: every stored fact of the event and its place (dossier, seq), in
-- a text form PostgreSQL fixes (jsonb prints its keys in its own order, the time as epoch seconds whatever the
-- session's time zone, NULL told apart from an empty text). Used to write the chain and to verify it.
CREATE FUNCTION dossier_event_digest(prev bytea, e dossier_event) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT sha256(convert_to(concat_ws('|', coalesce(encode(prev, 'hex'), '-'), e.dossier_id, e.seq,
            quote_nullable(e.type), extract(epoch FROM e.at), quote_nullable(e.actor), quote_nullable(e.reason),
            quote_nullable(e.before::text), quote_nullable(e.after::text), quote_nullable(e.data::text), e.public),
        'UTF8'))
$$;

ALTER TABLE dossier_event ADD COLUMN hash bytea;

-- Events recorded before this migration are chained here, seq by seq for all dossiers at once; the append-only
-- trigger is lifted for this one statement.
ALTER TABLE dossier_event DISABLE TRIGGER dossier_event_no_change;
WITH RECURSIVE chain (id, dossier_id, seq, hash) AS (
    SELECT e.id, e.dossier_id, e.seq, dossier_event_digest(NULL, e) FROM dossier_event e WHERE e.seq = 1
    UNION ALL
    SELECT e.id, e.dossier_id, e.seq, dossier_event_digest(c.hash, e)
    FROM chain c JOIN dossier_event e ON e.dossier_id = c.dossier_id AND e.seq = c.seq + 1
)
UPDATE dossier_event d SET hash = chain.hash FROM chain WHERE d.id = chain.id;
ALTER TABLE dossier_event ENABLE TRIGGER dossier_event_no_change;

-- New events get their link as they are inserted, by the API's statements and by the import's COPY alike: rows
-- are chained in seq order, and the predecessor must be there (rows earlier in the same COPY are visible here).
CREATE FUNCTION dossier_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    prev bytea;
BEGIN
    IF NEW.seq > 1 THEN
        SELECT hash INTO prev FROM dossier_event WHERE dossier_id = NEW.dossier_id AND seq = NEW.seq - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'dossier_event % of dossier % has no predecessor to chain to', NEW.seq, NEW.dossier_id;
        END IF;
    END IF;
    NEW.hash := dossier_event_digest(prev, NEW);
    RETURN NEW;
END;
$$;

CREATE TRIGGER dossier_event_chain BEFORE INSERT ON dossier_event
    FOR EACH ROW EXECUTE FUNCTION dossier_event_chain();

-- Every statement that adds events holds this shared lock until its transaction ends; the daily anchor takes it
-- exclusively (trying, never waiting) to read the last event id, so that no event below that id can still commit
-- after the anchor was computed.
CREATE FUNCTION dossier_event_writing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock_shared(7368001);
    RETURN NULL;
END;
$$;

CREATE TRIGGER dossier_event_writing BEFORE INSERT ON dossier_event
    FOR EACH STATEMENT EXECUTE FUNCTION dossier_event_writing();

-- Daily anchors: the events appended since the previous anchor (ids first_event_id..last_event_id), digested in id
-- order, and sealed with an HMAC over the previous anchor's seal under a key the database does not hold. Rewriting
-- an anchored event (even with its chain recomputed) no longer matches its anchor.
CREATE TABLE audit_anchor (
    id              bigserial PRIMARY KEY,
    anchored_at     timestamptz NOT NULL,
    first_event_id  bigint NOT NULL,
    last_event_id   bigint NOT NULL,
    event_count     bigint NOT NULL,
    events_digest   bytea NOT NULL,
    seal            bytea NOT NULL,
    key_id          text NOT NULL,          -- which key sealed it (a digest of the key, not the key)
    CHECK (first_event_id <= last_event_id + 1)
);
CREATE UNIQUE INDEX audit_anchor_range ON audit_anchor (last_event_id);

-- Who read which person's data (Law 91/2025/QH15 on personal data protection, Decree 356/2025): the reader, what
-- was read (a dossier, a feedback), which fields and through which door.
CREATE TABLE personal_data_access (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    subject_kind text NOT NULL,
    subject_ref  text NOT NULL,
    agency_code  text,
    fields       text[] NOT NULL,
    channel      text NOT NULL
);
CREATE INDEX personal_data_access_subject ON personal_data_access (subject_ref, at);
CREATE INDEX personal_data_access_actor ON personal_data_access (actor, at);
CREATE INDEX personal_data_access_at ON personal_data_access (at);
