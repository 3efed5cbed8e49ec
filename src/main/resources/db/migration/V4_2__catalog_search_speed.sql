-- Catalog search speed (target: p95 under 20 ms over 5,000 procedures). Measured with EXPLAIN ANALYZE, the time
-- went to (1) to_tsvector() recomputed from the name for every row the planner had not narrowed with the GIN
-- index (and again for ts_rank), (2) GIN indexes whose entries all sat in the "pending list" (fastupdate), which
-- every search reads sequentially, (3) the per-row NOT EXISTS anti-join for "the version in force", and (4) a scan
-- of every code for a query of digits and dots.
--
-- (3) A version is in force on day d when its effective_on <= d and no higher version of the same procedure has an
-- effective_on <= d. The second half only depends on the earliest effective date among the higher versions, so
-- each version stores it: superseded_on. A version is then in force on d exactly when
--     effective_on <= d AND (superseded_on IS NULL OR superseded_on > d)
-- i.e. over the half-open period [effective_on, superseded_on). The period does not depend on today, so the day
-- boundary (and an injected clock that moves either way) is still handled at read time, by comparing dates.
--
-- superseded_on is bookkeeping derived from the other versions' dates, not content: the version's content, status
-- and dates are still never changed once published. The triggers below keep it right for every writer.
ALTER TABLE catalog_version ADD COLUMN superseded_on date;

COMMENT ON COLUMN catalog_version.superseded_on IS
    'earliest effective_on of a higher version of the same procedure (null: none has a date yet); '
    'the version is in force on d when effective_on <= d < superseded_on (maintained by triggers)';

UPDATE catalog_version v
SET superseded_on = (SELECT min(later.effective_on) FROM catalog_version later
                     WHERE later.procedure_id = v.procedure_id AND later.version > v.version);

-- A new version starts with the earliest date of the versions above it (normally none: versions are numbered
-- max + 1, but a draft may be followed by higher versions before it is published).
CREATE FUNCTION catalog_version_superseded_on_new() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.superseded_on := (SELECT min(later.effective_on) FROM catalog_version later
                          WHERE later.procedure_id = NEW.procedure_id AND later.version > NEW.version);
    RETURN NEW;
END
$$;

CREATE TRIGGER catalog_version_superseded_on_new
    BEFORE INSERT ON catalog_version
    FOR EACH ROW EXECUTE FUNCTION catalog_version_superseded_on_new();

-- A version that gets a date (imported, decided, or a draft published) may supersede the lower versions:
-- their superseded_on is recomputed (a procedure has a handful of versions).
CREATE FUNCTION catalog_version_supersede_lower() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_version lower_version
    SET superseded_on = earliest.effective_on
    FROM (SELECT lv.id, (SELECT min(later.effective_on) FROM catalog_version later
                         WHERE later.procedure_id = lv.procedure_id AND later.version > lv.version) AS effective_on
          FROM catalog_version lv
          WHERE lv.procedure_id = NEW.procedure_id AND lv.version < NEW.version) earliest
    WHERE lower_version.id = earliest.id
      AND lower_version.superseded_on IS DISTINCT FROM earliest.effective_on;
    RETURN NULL;
END
$$;

CREATE TRIGGER catalog_version_supersede_lower
    AFTER INSERT OR UPDATE OF effective_on ON catalog_version
    FOR EACH ROW EXECUTE FUNCTION catalog_version_supersede_lower();

-- (1) The full-text vector is stored once, not recomputed for every row filtered and ranked. A generated column
-- cannot use another one, so it folds the name itself (the same value as to_tsvector('simple', search_text)).
ALTER TABLE catalog_version
    ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', catalog_fold(name))) STORED;

-- (2) The catalog is written rarely and searched often: GIN entries go straight into the index (fastupdate off)
-- instead of a pending list that each search scans until a vacuum merges it.
CREATE INDEX catalog_version_search_vector ON catalog_version USING gin (search_vector) WITH (fastupdate = off);
DROP INDEX catalog_version_search_fts;
-- trigrams of the names are only used to rank (similarity), never to find: typos go through catalog_word (V4_1)
DROP INDEX catalog_version_search_trgm;
ALTER INDEX catalog_word_trgm SET (fastupdate = off);
SELECT gin_clean_pending_list('catalog_word_trgm'::regclass);

-- (4) "A query of digits and dots also matches codes" (code LIKE '%…%'): a trigram index instead of a scan.
CREATE INDEX catalog_version_code_trgm ON catalog_version USING gin (code gin_trgm_ops) WITH (fastupdate = off);

-- A plain list (no text) is ordered by code: read from this index, it stops once the page is full.
CREATE INDEX catalog_version_by_agency_code ON catalog_version (agency_code, code);

ANALYZE catalog_version;
ANALYZE catalog_word;
