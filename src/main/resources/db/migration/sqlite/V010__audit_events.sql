-- Who did what to what, and when, with the value before and after: the newsroom's audit log.
-- The actor's name is copied in, so the log still reads right after an account is renamed or deleted.
CREATE TABLE audit_events (
    id         INTEGER PRIMARY KEY,
    occurred_at BIGINT NOT NULL,
    actor_id   BIGINT,
    actor_name TEXT   NOT NULL,
    action     TEXT   NOT NULL,
    subject    TEXT   NOT NULL,
    value_before TEXT NOT NULL DEFAULT '',
    value_after  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_events_newest ON audit_events (occurred_at DESC, id DESC);
CREATE INDEX audit_events_action ON audit_events (action, occurred_at DESC);
