-- Corrections to published stories: dated notes shown at the foot of the article. Append-only.
CREATE TABLE corrections (
    id         INTEGER PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    body       TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    author_id  BIGINT REFERENCES people (id)
);
CREATE INDEX corrections_article ON corrections (article_id, created_at);
