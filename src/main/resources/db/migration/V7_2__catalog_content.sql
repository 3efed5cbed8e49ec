-- Catalog: provenance of the published content of a version (sources, confidence, the keepers' notes), kept
-- apart from the version's content so that public pages and the public API cannot show it. A version's content
-- never changes; its provenance is recorded again (a new row, the latest wins) when an import brings other notes
-- for the same content.
CREATE TABLE catalog_version_provenance (
    id          bigserial PRIMARY KEY,
    version_id  bigint      NOT NULL REFERENCES catalog_version (id),
    provenance  jsonb       NOT NULL,
    recorded_at timestamptz NOT NULL,
    recorded_by text        NOT NULL
);

CREATE INDEX catalog_version_provenance_latest ON catalog_version_provenance (version_id, id DESC);
