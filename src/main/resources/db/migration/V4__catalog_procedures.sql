-- Catalog (danh mục thủ tục hành chính): procedures per agency, their versions (never updated once in force),
-- publication decisions and internal procedures.

-- Folds Vietnamese text for search: lower case, no diacritics, đ → d (unaccent does not strip đ in every
-- version). Declared IMMUTABLE (with the dictionary named explicitly) so that indexes can use it.
CREATE FUNCTION catalog_fold(t text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(t, 'đĐ', 'dD'))) $$;

CREATE TABLE catalog_procedure (
    id          bigserial PRIMARY KEY,
    agency_code text        NOT NULL,
    code        text        NOT NULL CHECK (code ~ '^[0-9]\.[0-9]{6}$'),
    created_at  timestamptz NOT NULL,
    UNIQUE (agency_code, code)
);

CREATE TABLE catalog_decision (
    id             bigserial PRIMARY KEY,
    agency_code    text        NOT NULL,
    number         text        NOT NULL,
    signed_on      date        NOT NULL,
    signer         text        NOT NULL,
    effective_on   date        NOT NULL,
    issuing_agency text        NOT NULL,
    title          text,
    recorded_at    timestamptz NOT NULL,
    recorded_by    text        NOT NULL,
    UNIQUE (agency_code, number)
);

CREATE TABLE catalog_version (
    id                bigserial PRIMARY KEY,
    procedure_id      bigint      NOT NULL REFERENCES catalog_procedure (id),
    agency_code       text        NOT NULL,
    code              text        NOT NULL,
    version           int         NOT NULL CHECK (version > 0),
    status            text        NOT NULL CHECK (status IN ('ACTIVE', 'ABOLISHED')),
    change_kind       text        NOT NULL CHECK (change_kind IN ('NEW', 'AMENDED', 'REPLACED', 'ABOLISHED')),
    source            text        NOT NULL CHECK (source IN ('IMPORT', 'DECISION', 'DRAFT')),
    decision_id       bigint REFERENCES catalog_decision (id),
    effective_on      date,
    -- copies of the content's searchable and filterable parts
    name              text        NOT NULL,
    field_name        text,
    field_code        text,
    level             text,
    online_level      text,
    time_limit_amount numeric(10, 2),
    time_limit_unit   text,
    content           jsonb       NOT NULL,
    search_text       text GENERATED ALWAYS AS (catalog_fold(name)) STORED,
    created_at        timestamptz NOT NULL,
    created_by        text        NOT NULL,
    UNIQUE (procedure_id, version),
    CHECK ((source = 'DRAFT') = (effective_on IS NULL)),
    CHECK ((source = 'DECISION') = (decision_id IS NOT NULL))
);

-- "the version in force": the highest version of a procedure with effective_on <= today
CREATE INDEX catalog_version_by_procedure ON catalog_version (procedure_id, version DESC, effective_on);
CREATE INDEX catalog_version_by_agency ON catalog_version (agency_code, effective_on);
CREATE INDEX catalog_version_by_decision ON catalog_version (decision_id);
-- search: trigrams (typos, partial words) and full text (any word order)
CREATE INDEX catalog_version_search_trgm ON catalog_version USING gin (search_text gin_trgm_ops);
CREATE INDEX catalog_version_search_fts ON catalog_version USING gin (to_tsvector('simple', search_text));

CREATE TABLE catalog_internal_procedure (
    id              bigserial PRIMARY KEY,
    version_id      bigint      NOT NULL REFERENCES catalog_version (id),
    revision        int         NOT NULL CHECK (revision > 0),
    mismatch_reason text,
    approved_by     text,
    created_at      timestamptz NOT NULL,
    created_by      text        NOT NULL,
    UNIQUE (version_id, revision)
);

CREATE TABLE catalog_internal_step (
    internal_procedure_id bigint        NOT NULL REFERENCES catalog_internal_procedure (id),
    position              int           NOT NULL,
    branch                text,
    responsible           text          NOT NULL,
    action                text          NOT NULL,
    duration              numeric(8, 2) NOT NULL CHECK (duration > 0),
    duration_unit         text          NOT NULL CHECK (duration_unit IN ('WORKING_HOUR', 'WORKING_DAY')),
    PRIMARY KEY (internal_procedure_id, position)
);
