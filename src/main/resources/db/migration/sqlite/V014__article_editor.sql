-- The newsroom's editor: review, SEO overrides, ownership, revisions and autosaves.
-- A story in review is a DRAFT with submitted_at set: SQLite cannot change the status CHECK
-- without rebuilding a table other tables point at, and both databases keep the same rule.
ALTER TABLE articles ADD COLUMN submitted_at BIGINT;
ALTER TABLE articles ADD COLUMN review_note TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_title TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN seo_description TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN created_by BIGINT REFERENCES people (id);
CREATE INDEX articles_desk ON articles (status, modified_at DESC, id DESC);

-- One row per save of a submitted, scheduled or published story; numbered from 1 per article.
CREATE TABLE article_revisions (
    id            INTEGER PRIMARY KEY,
    article_id    BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    number        INTEGER NOT NULL,
    headline      TEXT    NOT NULL,
    dek           TEXT    NOT NULL,
    body_markdown TEXT    NOT NULL,
    author_id     BIGINT  REFERENCES people (id),
    author_name   TEXT    NOT NULL,
    note          TEXT    NOT NULL DEFAULT '',
    created_at    BIGINT  NOT NULL,
    UNIQUE (article_id, number)
);

-- The latest unsaved state of the editor, one per person and story ('new' for a story not yet
-- created), kept until the story is saved; base_version is the version the typing started from.
CREATE TABLE article_autosaves (
    person_id       BIGINT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    draft_key       TEXT   NOT NULL,
    headline        TEXT   NOT NULL DEFAULT '',
    dek             TEXT   NOT NULL DEFAULT '',
    slug            TEXT   NOT NULL DEFAULT '',
    body_markdown   TEXT   NOT NULL DEFAULT '',
    tags            TEXT   NOT NULL DEFAULT '',
    seo_title       TEXT   NOT NULL DEFAULT '',
    seo_description TEXT   NOT NULL DEFAULT '',
    hero_alt        TEXT   NOT NULL DEFAULT '',
    hero_caption    TEXT   NOT NULL DEFAULT '',
    hero_credit     TEXT   NOT NULL DEFAULT '',
    base_version    INTEGER NOT NULL DEFAULT 0,
    saved_at        BIGINT NOT NULL,
    PRIMARY KEY (person_id, draft_key)
);
