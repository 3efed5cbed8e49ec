-- One counter, raised in the same transaction as every change of schedules or office hours. Row locking orders the
-- writers, so the counter grows in commit order and an instance that sees a new value re-reads the calendar.
CREATE TABLE calendar_revision (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    revision  bigint  NOT NULL
);
INSERT INTO calendar_revision (singleton, revision) VALUES (true, 0);
