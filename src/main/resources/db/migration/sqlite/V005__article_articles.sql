-- Articles with their rendered body, bylines, tags and the slugs they used to have.
CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT    NOT NULL UNIQUE,
    headline           TEXT    NOT NULL,
    dek                TEXT    NOT NULL DEFAULT '',
    body_markdown      TEXT    NOT NULL DEFAULT '',
    body_html          TEXT    NOT NULL DEFAULT '',
    status             TEXT    NOT NULL CHECK (status IN ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    section_id         BIGINT  REFERENCES sections (id),
    hero_media_id      BIGINT  REFERENCES media (id),
    hero_alt           TEXT    NOT NULL DEFAULT '',
    hero_caption       TEXT    NOT NULL DEFAULT '',
    hero_credit        TEXT    NOT NULL DEFAULT '',
    comments_enabled   BOOLEAN NOT NULL DEFAULT TRUE,
    first_published_at BIGINT,
    updated_at         BIGINT,
    scheduled_for      BIGINT,
    created_at         BIGINT  NOT NULL,
    modified_at        BIGINT  NOT NULL,
    version            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_newest ON articles (status, first_published_at DESC, id DESC);
CREATE INDEX articles_section_newest ON articles (section_id, status, first_published_at DESC, id DESC);

CREATE TABLE article_tags (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    tag_id     BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);

CREATE TABLE bylines (
    article_id BIGINT  NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_id  BIGINT  NOT NULL REFERENCES people (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, person_id)
);
CREATE INDEX bylines_person ON bylines (person_id, article_id);

CREATE TABLE slug_history (
    old_slug   TEXT   PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    changed_at BIGINT NOT NULL
);
