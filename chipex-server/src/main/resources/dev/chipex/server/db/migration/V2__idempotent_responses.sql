-- The first response to each state-changing request sent with an Idempotency-Key, per API key,
-- so a retry gets the same answer (status, body, Location) without doing the work again.
CREATE TABLE server_idempotent_responses (
    key_id          VARCHAR(12)  NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(400),
    body            TEXT         NOT NULL,
    created_at      VARCHAR(40)  NOT NULL,
    PRIMARY KEY (key_id, idempotency_key)
);
