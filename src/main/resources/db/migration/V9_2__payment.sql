-- Online payment (thanh toán trực tuyến) through the national payment platform, payments recorded at the desk, and
-- the electronic receipts (biên lai điện tử) they are given. Amounts are whole đồng (bigint), never floating point.

-- The fee code (mã phí, lệ phí) and kind sent to the platform for a fee of a procedure, from a date; without a row the
-- fee is sent under the procedure's code (the real codes are assigned by the province: configuration, not code).
CREATE TABLE payment_fee_code (
    procedure_code text NOT NULL,
    fee_name       text NOT NULL,
    valid_from     date NOT NULL,
    fee_code       text NOT NULL,
    fee_kind       text NOT NULL CHECK (fee_kind IN ('PHI', 'LE_PHI')),
    PRIMARY KEY (procedure_code, fee_name, valid_from)
);

CREATE TABLE payment (
    id              bigserial PRIMARY KEY,
    reference       text        NOT NULL UNIQUE,           -- MaThamChieu at the platform
    dossier_code    text        NOT NULL,
    agency_code     text        NOT NULL,
    method          text        NOT NULL CHECK (method IN ('ONLINE', 'CASH', 'TRANSFER')),
    status          text        NOT NULL CHECK (status IN ('PENDING', 'PAID', 'FAILED', 'EXPIRED', 'REFUNDED')),
    amount_vnd      bigint      NOT NULL CHECK (amount_vnd > 0),
    currency        text        NOT NULL DEFAULT 'VND' CHECK (currency = 'VND'),
    payer_name      text        NOT NULL,
    payer_address   text,
    payer_id_number text,
    redirect_url    text,
    transaction_id  text,                                  -- MaGiaoDich
    bank_code       text,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    paid_at         timestamptz,
    settled_by      text,                                  -- IPN, CHECK, RECONCILIATION or the officer's username
    checked_at      timestamptz,
    refunded_at     timestamptz,
    refunded_by     text,
    refund_reason   text,
    version         int         NOT NULL DEFAULT 0
);
CREATE INDEX payment_dossier ON payment (dossier_code, id);
CREATE INDEX payment_open ON payment (created_at) WHERE status = 'PENDING';
-- one payment at a time waits for the platform per dossier: a second request gets the open one
CREATE UNIQUE INDEX payment_one_open ON payment (dossier_code) WHERE status = 'PENDING';

CREATE TABLE payment_item (
    payment_id bigint NOT NULL REFERENCES payment,
    line       int    NOT NULL,
    name       text   NOT NULL,
    fee_code   text   NOT NULL,
    fee_kind   text   NOT NULL,
    amount_vnd bigint NOT NULL CHECK (amount_vnd > 0),
    PRIMARY KEY (payment_id, line)
);

-- Every move of a payment and who or what caused it (IPN, CHECK, RECONCILIATION, an officer), and refused callbacks.
CREATE TABLE payment_event (
    id         bigserial PRIMARY KEY,
    payment_id bigint REFERENCES payment,
    at         timestamptz NOT NULL,
    kind       text        NOT NULL,
    caused_by  text        NOT NULL,
    detail     text
);
CREATE INDEX payment_event_payment ON payment_event (payment_id, id);

-- The receipt register: per agency and calendar year one series, numbers from 1 without gaps (the counter moves in
-- the transaction that issues the receipt, so a rolled-back issue frees its number).
CREATE TABLE receipt_series (
    agency_code text NOT NULL,
    year        int  NOT NULL,
    series      text NOT NULL,
    template    text NOT NULL,
    last_number int  NOT NULL DEFAULT 0 CHECK (last_number BETWEEN 0 AND 99999999),
    PRIMARY KEY (agency_code, year)
);

CREATE TABLE e_receipt (
    id            bigserial PRIMARY KEY,
    agency_code   text        NOT NULL,
    year          int         NOT NULL,
    series        text        NOT NULL,
    template      text        NOT NULL,
    number        int         NOT NULL,
    payment_id    bigint      NOT NULL REFERENCES payment,
    fee_kind      text        NOT NULL CHECK (fee_kind IN ('PHI', 'LE_PHI')),  -- one receipt for phí, one for lệ phí
    amount_vnd    bigint      NOT NULL CHECK (amount_vnd > 0),
    dossier_code  text        NOT NULL,
    issued_at     timestamptz NOT NULL,
    file_key      text,                                   -- the signed PDF, once a job signed it with the agency's key
    signer        text,
    signed_at     timestamptz,
    cancelled_at  timestamptz,
    cancel_reason text,
    UNIQUE (agency_code, year, number),
    UNIQUE (payment_id, fee_kind),
    FOREIGN KEY (agency_code, year) REFERENCES receipt_series
);
CREATE INDEX e_receipt_dossier ON e_receipt (dossier_code);

-- The daily reconciliation against the platform's list: a day's row is claimed by one instance (its insert), which
-- queues the job; the job fills in the outcome.
CREATE TABLE payment_reconciliation (
    day          date PRIMARY KEY,
    requested_at timestamptz NOT NULL,
    finished_at  timestamptz,
    listed       int,
    settled      int,
    mismatches   text
);
