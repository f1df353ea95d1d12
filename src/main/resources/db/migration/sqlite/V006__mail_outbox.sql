-- Mail kept when no SMTP server is configured, listed for administrators.
CREATE TABLE outbox_mail (
    id         INTEGER PRIMARY KEY,
    recipient  TEXT   NOT NULL,
    subject    TEXT   NOT NULL,
    body       TEXT   NOT NULL,
    created_at BIGINT NOT NULL
);
