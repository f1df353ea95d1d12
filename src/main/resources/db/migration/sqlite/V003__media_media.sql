-- Stored images; the bytes live in the media store under storage_key.
CREATE TABLE media (
    id           INTEGER PRIMARY KEY,
    storage_key  TEXT    NOT NULL UNIQUE,
    content_type TEXT    NOT NULL,
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    byte_size    BIGINT  NOT NULL,
    created_at   BIGINT  NOT NULL
);
