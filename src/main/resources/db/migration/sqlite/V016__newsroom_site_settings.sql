-- Site settings the administrators change in the newsroom; a missing name means the configured default.
CREATE TABLE site_settings (
    name       TEXT   PRIMARY KEY,
    value      TEXT   NOT NULL,
    changed_at BIGINT NOT NULL
);
