-- API keys of the server's users. Only the SHA-256 of a key is kept; the key itself is shown once.
CREATE TABLE server_api_keys (
    key_id     VARCHAR(12)  NOT NULL PRIMARY KEY,
    key_hash   CHAR(64)     NOT NULL UNIQUE,
    name       VARCHAR(100) NOT NULL,
    role       VARCHAR(20)  NOT NULL CHECK (role IN ('exporter', 'regulator', 'analyst')),
    company    VARCHAR(200),
    created_at VARCHAR(40)  NOT NULL,
    CHECK (role <> 'exporter' OR company IS NOT NULL)
);
