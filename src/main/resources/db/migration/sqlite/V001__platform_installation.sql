-- One row, written by the first start: it marks the database as set up, so the sample edition is
-- loaded once and never again, even after every story has been deleted.
-- Times throughout the schema are epoch milliseconds (UTC), stored as integers on both databases.
CREATE TABLE installation (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    installed_at   BIGINT  NOT NULL,
    sample_content BOOLEAN NOT NULL
);
