-- Full-text search over published stories: an English tsvector with the headline weighted A, the
-- dek B and the body D, over text folded of diacritics by the application (so that "Zürich" finds
-- "Zurich" without the unaccent extension); the original text is kept for snippets.
CREATE TABLE search_articles (
    article_id BIGINT   PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    headline   TEXT     NOT NULL,
    dek        TEXT     NOT NULL,
    body       TEXT     NOT NULL,
    published  BIGINT   NOT NULL,
    document   TSVECTOR NOT NULL
);
CREATE INDEX search_articles_document ON search_articles USING GIN (document);
-- Lets a query that matches most stories walk them newest first and stop early.
CREATE INDEX search_articles_published ON search_articles (published DESC);
