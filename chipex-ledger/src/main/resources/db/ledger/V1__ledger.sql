-- The chipex quota ledger. One script for SQLite and PostgreSQL: portable types only.
-- journal is the append-only record; every other table is its projection, kept in the same
-- transaction and re-derivable from it (chipex ledger verify).

CREATE TABLE chain_head (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE journal (
    seq            BIGINT PRIMARY KEY,
    request_key    VARCHAR(200) NOT NULL,
    recorded_at    BIGINT NOT NULL,
    entry_type     VARCHAR(32) NOT NULL,
    account_id     VARCHAR(400) NOT NULL,
    amount_tpp     BIGINT NOT NULL,
    reservation_id VARCHAR(64),
    expires_at     BIGINT,
    capacity_after BIGINT NOT NULL,
    committed_after BIGINT NOT NULL,
    reserved_after BIGINT NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    note           TEXT NOT NULL,
    prev_hash      VARCHAR(64) NOT NULL,
    hash           VARCHAR(64) NOT NULL
);
CREATE INDEX journal_request ON journal (request_key);
CREATE INDEX journal_account ON journal (account_id, seq);

CREATE TABLE account (
    id            VARCHAR(400) PRIMARY KEY,
    kind          VARCHAR(32) NOT NULL,
    holder        VARCHAR(300) NOT NULL,
    period        VARCHAR(64) NOT NULL,
    capacity_tpp  BIGINT NOT NULL,
    committed_tpp BIGINT NOT NULL,
    reserved_tpp  BIGINT NOT NULL,
    CHECK (committed_tpp >= 0 AND reserved_tpp >= 0 AND committed_tpp + reserved_tpp <= capacity_tpp)
);

CREATE TABLE reservation (
    id         VARCHAR(64) PRIMARY KEY,
    account_id VARCHAR(400) NOT NULL REFERENCES account (id),
    amount_tpp BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    state      VARCHAR(16) NOT NULL
);
CREATE INDEX reservation_held ON reservation (account_id, state);

CREATE TABLE installed_compute (
    veu           VARCHAR(300) NOT NULL,
    country       VARCHAR(2) NOT NULL,
    installed_tpp BIGINT NOT NULL,
    PRIMARY KEY (veu, country)
);

CREATE TABLE agreement (
    id             VARCHAR(200) PRIMARY KEY,
    kind           VARCHAR(32) NOT NULL,
    country        VARCHAR(2) NOT NULL,
    effective_from VARCHAR(10) NOT NULL,
    terms          TEXT NOT NULL,
    quota_tpp      BIGINT NOT NULL,
    period         VARCHAR(64) NOT NULL
);

CREATE TABLE request (
    request_key VARCHAR(200) PRIMARY KEY,
    fingerprint TEXT NOT NULL
);
