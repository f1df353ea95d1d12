-- Sections' old slugs, so that a renamed section's old address answers with a permanent redirect.
CREATE TABLE section_slug_history (
    old_slug   TEXT   PRIMARY KEY,
    section_id BIGINT NOT NULL REFERENCES sections (id) ON DELETE CASCADE,
    changed_at BIGINT NOT NULL
);
