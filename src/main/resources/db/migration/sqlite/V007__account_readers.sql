-- Readers' accounts: verified email, reply notifications, deletion; one-time tokens for links in
-- mails; remember-me logins (the table Spring Security's JdbcTokenRepositoryImpl reads).
ALTER TABLE people ADD COLUMN email_verified_at BIGINT;
ALTER TABLE people ADD COLUMN notify_replies BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE people ADD COLUMN deleted_at BIGINT;

CREATE TABLE account_tokens (
    token_hash TEXT   PRIMARY KEY,
    person_id  BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    purpose    TEXT   NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    email      TEXT,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE INDEX account_tokens_person ON account_tokens (person_id, purpose);

CREATE TABLE persistent_logins (
    username  TEXT      NOT NULL,
    series    TEXT      PRIMARY KEY,
    token     TEXT      NOT NULL,
    last_used TIMESTAMP NOT NULL
);
