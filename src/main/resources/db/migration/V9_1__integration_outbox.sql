-- Issue 19, module integration: the outbox of messages to partner systems (the national portal first; notifications
-- later), the per-dossier record of synchronisation with the national portal, the versioned mapping of local dossier
-- statuses to the portal's codes 1-10, and the hashed bearer tokens of service accounts.

-- One row per outbound message, written in the transaction of the change that causes it. A message is delivered by a
-- job of the platform queue (kind integration.outbox.deliver, payload = the message id); the messages of one target
-- and ordering key (a dossier's code) go out in id order, the next only after the previous one was delivered.
CREATE TABLE integration_outbox (
    id               bigserial PRIMARY KEY,
    target           text        NOT NULL,
    ordering_key     text,
    type             text        NOT NULL,
    payload          text        NOT NULL,
    idempotency_key  text        NOT NULL UNIQUE,
    state            text        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         int         NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    next_attempt_at  timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    failed_at        timestamptz,
    last_answer      text,
    CHECK ((state = 'DELIVERED') = (delivered_at IS NOT NULL)),
    CHECK ((state = 'FAILED') = (failed_at IS NOT NULL))
);
-- a (target, key) line in order: its head (oldest message not yet delivered), whether a dossier was announced
CREATE INDEX integration_outbox_line ON integration_outbox (target, ordering_key, id);
CREATE INDEX integration_outbox_state ON integration_outbox (state, target, id);

-- Whether and when each dossier reached the national portal (DVCQG): first and last successful push, the last
-- national status code sent. The 766 metric 1.4 (DOSSIER_SYNC) counts dossiers received in a period that have a row.
CREATE TABLE dossier_sync (
    dossier_code       text PRIMARY KEY,
    agency_code        text        NOT NULL,
    received_at        timestamptz,
    first_synced_at    timestamptz NOT NULL,
    last_synced_at     timestamptz NOT NULL,
    last_status_code   int,
    last_local_status  text,
    messages           int         NOT NULL DEFAULT 1
);
CREATE INDEX dossier_sync_agency ON dossier_sync (agency_code, received_at);

-- Local dossier status -> national status code (TrangThaiHoSo 1-10), by meaning, versioned by effective date. The
-- codes are secondary sources (integrations.md §1.3; dossier-lifecycle.md §3.1 conflict O10), so they are data: a
-- newer version (a row set with a later effective_from) replaces them without a code change. confirmed = false marks
-- the mappings the domain files call unconfirmed.
CREATE TABLE national_status_mapping (
    version         text    NOT NULL,
    effective_from  date    NOT NULL,
    local_status    text    NOT NULL,
    national_code   int     NOT NULL CHECK (national_code BETWEEN 0 AND 10),
    national_label  text    NOT NULL,
    confirmed       boolean NOT NULL,
    note            text,
    PRIMARY KEY (version, local_status)
);
INSERT INTO national_status_mapping (version, effective_from, local_status, national_code, national_label, confirmed, note) VALUES
 ('TT04-2025.1', DATE '2025-07-01', 'SUBMITTED',            1,  'Mới đăng ký', true, NULL),
 ('TT04-2025.1', DATE '2025-07-01', 'INTAKE_SUPPLEMENT',    5,  'Yêu cầu bổ sung giấy tờ', false, 'Bổ sung trước khi tiếp nhận: chưa xác nhận (dossier-lifecycle §3.1)'),
 ('TT04-2025.1', DATE '2025-07-01', 'NOT_ACCEPTED',         3,  'Không được tiếp nhận', true, NULL),
 ('TT04-2025.1', DATE '2025-07-01', 'RECEIVED',             2,  'Được tiếp nhận', true, NULL),
 ('TT04-2025.1', DATE '2025-07-01', 'IN_PROGRESS',          4,  'Đang xử lý', true, NULL),
 ('TT04-2025.1', DATE '2025-07-01', 'SUPPLEMENT_REQUESTED', 5,  'Yêu cầu bổ sung giấy tờ', true, NULL),
 ('TT04-2025.1', DATE '2025-07-01', 'AWAITING_PAYMENT',     6,  'Yêu cầu thực hiện nghĩa vụ tài chính', false, 'Một nguồn ghi 6 = "Hồ sơ đã bổ sung giấy tờ" (O10)'),
 ('TT04-2025.1', DATE '2025-07-01', 'WITHDRAWAL_REQUESTED', 7,  'Công dân yêu cầu rút hồ sơ', true, NULL),
 ('TT04-2025.1', DATE '2025-07-01', 'STOPPED',              8,  'Dừng xử lý', true, NULL),
 ('TT04-2025.1', DATE '2025-07-01', 'RESOLVED',             9,  'Đã xử lý xong', true, NULL),
 ('TT04-2025.1', DATE '2025-07-01', 'RETURNED',             10, 'Đã trả kết quả', true, NULL);

-- Bearer tokens of service accounts (the national portal, other systems): only the SHA-256 of the token is kept;
-- a token acts for its agency with its roles until it expires or is revoked.
CREATE TABLE service_token (
    id            bigserial PRIMARY KEY,
    name          text        NOT NULL,
    agency_code   text        NOT NULL,
    roles         text[]      NOT NULL,
    token_sha256  text        NOT NULL UNIQUE,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    revoked_by    text,
    last_used_at  timestamptz
);
