-- SQLite only (Database.migrate adds this folder for SQLite): fewer b-trees written per request.
-- In SQLite every table is a b-tree keyed by its rowid, and a PRIMARY KEY that is not an INTEGER
-- PRIMARY KEY is a second b-tree (an autoindex) beside it, written on every insert:
-- - journal: seq becomes the rowid (INTEGER PRIMARY KEY), its autoindex goes;
-- - reservation: WITHOUT ROWID, the rows kept in the b-tree of their primary key, so no rowid
--   table beside it.
-- A reservation then writes two pages fewer to the WAL at each commit. Columns, their order,
-- values and indexes are as before (V1-V3), and so is every hash. PostgreSQL has no rowid: its
-- tables are not rebuilt.
CREATE TABLE journal_rowid (
    seq             INTEGER PRIMARY KEY,
    request_key     VARCHAR(200) NOT NULL,
    recorded_at     BIGINT NOT NULL,
    entry_type      VARCHAR(32) NOT NULL,
    account_id      VARCHAR(400) NOT NULL,
    amount_tpp      BIGINT NOT NULL,
    reservation_id  VARCHAR(64),
    expires_at      BIGINT,
    capacity_after  BIGINT NOT NULL,
    committed_after BIGINT NOT NULL,
    reserved_after  BIGINT NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    note            TEXT NOT NULL,
    prev_hash       VARCHAR(64) NOT NULL,
    hash            VARCHAR(64) NOT NULL,
    fingerprint     TEXT,
    request_first_seq BIGINT
);
INSERT INTO journal_rowid
SELECT seq, request_key, recorded_at, entry_type, account_id, amount_tpp, reservation_id, expires_at, capacity_after,
       committed_after, reserved_after, actor, note, prev_hash, hash, fingerprint, request_first_seq
FROM journal ORDER BY seq;
DROP TABLE journal;
ALTER TABLE journal_rowid RENAME TO journal;
CREATE UNIQUE INDEX journal_request ON journal (request_key) WHERE fingerprint IS NOT NULL;
CREATE INDEX journal_account ON journal (account_id, seq);

CREATE TABLE reservation_by_id (
    id         VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(400) NOT NULL REFERENCES account (id),
    amount_tpp BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    state      VARCHAR(16) NOT NULL
) WITHOUT ROWID;
INSERT INTO reservation_by_id SELECT id, account_id, amount_tpp, expires_at, state FROM reservation;
DROP TABLE reservation;
ALTER TABLE reservation_by_id RENAME TO reservation;
CREATE INDEX reservation_due ON reservation (account_id, state, expires_at);
