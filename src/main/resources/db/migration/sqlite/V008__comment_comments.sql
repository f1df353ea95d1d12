-- Readers' comments. Threads are at most three levels deep; root_id (NULL for a top-level comment)
-- lets one query fetch whole threads for a page of top-level comments.
CREATE TABLE comments (
    id           INTEGER PRIMARY KEY,
    article_id   BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    author_id    BIGINT  NOT NULL REFERENCES people (id),
    parent_id    BIGINT  REFERENCES comments (id),
    root_id      BIGINT  REFERENCES comments (id),
    depth        INTEGER NOT NULL CHECK (depth BETWEEN 0 AND 2),
    body_text    TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'SPAM')),
    hold_reason  TEXT,
    deleted      BOOLEAN NOT NULL DEFAULT FALSE,
    created_at   BIGINT  NOT NULL,
    edited_at    BIGINT,
    approved_at  BIGINT
);
CREATE INDEX comments_thread ON comments (article_id, root_id, created_at, id);
CREATE INDEX comments_author ON comments (author_id, created_at);
CREATE INDEX comments_queue ON comments (status, created_at);

-- Readers an editor has stopped from commenting.
CREATE TABLE comment_bans (
    person_id BIGINT PRIMARY KEY REFERENCES people (id),
    banned_at BIGINT NOT NULL
);
