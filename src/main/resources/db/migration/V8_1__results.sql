-- Electronic results of dossiers (kết quả điện tử, module result): one row per result document, coded
-- <dossier code>-KQ<n>; the file is in the file store (content-addressed), the row keeps its key and hashes.
CREATE TABLE dossier_result (
    id              bigserial PRIMARY KEY,
    dossier_id      bigint      NOT NULL REFERENCES dossier (id),
    dossier_code    text        NOT NULL,
    agency_code     text        NOT NULL,
    seq             int         NOT NULL CHECK (seq > 0),
    result_code     text        NOT NULL UNIQUE,
    title           text        NOT NULL,
    number          text,
    issued_on       date,
    valid_until     date,
    file_name       text        NOT NULL,
    -- the file as uploaded, and the file served now (the signed one once signed)
    original_key    text        NOT NULL,
    original_sha256 text        NOT NULL,
    file_key        text        NOT NULL,
    sha256          text        NOT NULL,
    size            bigint      NOT NULL,
    signed          boolean     NOT NULL DEFAULT false,
    signer          text,
    signer_subject  text,
    signed_at       timestamptz,
    signed_by       text,
    uploaded_by     text        NOT NULL,
    uploaded_at     timestamptz NOT NULL,
    UNIQUE (dossier_id, seq),
    CHECK (valid_until IS NULL OR issued_on IS NULL OR valid_until >= issued_on),
    CHECK (signed = (signed_at IS NOT NULL))
);
CREATE INDEX dossier_result_dossier ON dossier_result (dossier_code);
-- "issued here?": a verified file is matched by its hash, signed or as uploaded
CREATE INDEX dossier_result_sha256 ON dossier_result (sha256);
CREATE INDEX dossier_result_original_sha256 ON dossier_result (original_sha256);

-- Signing keys of agencies kept in the database (the demo's, created at first start, so that every instance signs
-- with the same key); configured PKCS#12 keystores are read from files instead and never stored here.
CREATE TABLE signing_key (
    agency_code   text PRIMARY KEY,
    demo          boolean     NOT NULL,
    keystore      bytea       NOT NULL,   -- PKCS#12: the private key with its certificate chain
    password      text        NOT NULL,
    subject       text        NOT NULL,
    not_after     timestamptz NOT NULL,
    created_at    timestamptz NOT NULL
);

-- Roots that signatures are checked against besides the configured trust list (the demo's certification authority).
CREATE TABLE trust_anchor (
    subject     text PRIMARY KEY,
    demo        boolean     NOT NULL,
    certificate bytea       NOT NULL,     -- DER
    created_at  timestamptz NOT NULL
);

-- Digitisation of a dossier's components at intake (số hóa thành phần hồ sơ): what the desk recorded per component
-- (submitted electronically, scanned, only shown, exempt with its reason). Components without a record are read from
-- the dossier's uploaded documents (or are missing).
CREATE TABLE dossier_component_digitization (
    dossier_id   bigint      NOT NULL REFERENCES dossier (id),
    dossier_code text        NOT NULL,
    component    text        NOT NULL,
    state        text        NOT NULL CHECK (state IN ('ELECTRONIC', 'SCANNED', 'SHOWN', 'EXEMPT', 'MISSING')),
    pages        int         CHECK (pages IS NULL OR pages > 0),
    document_id  bigint,
    reason       text,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL,
    PRIMARY KEY (dossier_id, component),
    CHECK (state <> 'EXEMPT' OR reason IS NOT NULL)
);
CREATE INDEX dossier_component_digitization_code ON dossier_component_digitization (dossier_code);
