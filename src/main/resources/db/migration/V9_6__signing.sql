-- Paper copies of electronic results (chuyển đổi kết quả điện tử sang bản giấy, Decree 45/2020 Art. 18): each
-- conversion printed by an official, with its conversion note, numbered per result.
CREATE TABLE result_paper_copy (
    id                bigserial PRIMARY KEY,
    result_id         bigint      NOT NULL REFERENCES dossier_result (id),
    seq               int         NOT NULL CHECK (seq > 0),
    copies            int         NOT NULL CHECK (copies BETWEEN 1 AND 50),
    converted_by      text        NOT NULL,
    converted_by_name text        NOT NULL,
    converted_at      timestamptz NOT NULL,
    source_sha256     text        NOT NULL,   -- the electronic file converted
    UNIQUE (result_id, seq)
);
