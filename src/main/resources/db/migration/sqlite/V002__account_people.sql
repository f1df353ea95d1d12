-- Readers and staff. Staff without an email and password appear in bylines but cannot sign in.
CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    slug          TEXT    NOT NULL UNIQUE,
    bio           TEXT    NOT NULL DEFAULT '',
    role          TEXT    NOT NULL CHECK (role IN ('READER', 'CONTRIBUTOR', 'AUTHOR', 'EDITOR', 'ADMIN')),
    email         TEXT    UNIQUE,
    password_hash TEXT,
    enabled       BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    BIGINT  NOT NULL
);
CREATE INDEX people_role ON people (role);
