-- Tags' old slugs, after a rename or a merge, so that old tag addresses redirect permanently.
CREATE TABLE tag_slug_history (
    old_slug   TEXT   PRIMARY KEY,
    tag_id     BIGINT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    changed_at BIGINT NOT NULL
);
