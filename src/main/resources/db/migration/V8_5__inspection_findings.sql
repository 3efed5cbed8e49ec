-- Self-inspection findings (module control): what an inspection (control_inspection, V7_1) found in each unit it
-- inspected on each of the seven contents of TTHC control (Quảng Trị 2024 plan, appendix V.1). Written as a whole per
-- inspection and unit; the inspection's version moves with every change, so concurrent edits are detected.

CREATE TABLE control_inspection_finding (
    inspection_id bigint NOT NULL REFERENCES control_inspection (id) ON DELETE CASCADE,
    unit          text NOT NULL CHECK (btrim(unit) <> ''),
    content       text NOT NULL CHECK (content IN ('DIRECTION', 'PUBLICATION', 'RESOLUTION', 'FEEDBACK', 'REVIEW',
                                                   'REPORTING', 'ONE_STOP')),
    assessment    text NOT NULL CHECK (assessment IN ('GOOD', 'SHORTCOMINGS', 'VIOLATION')),
    note          text NOT NULL DEFAULT '',
    PRIMARY KEY (inspection_id, unit, content)
);
