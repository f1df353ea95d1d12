-- The media library: words that go with each image, who uploaded it, and its resized variants
-- (a comma-separated list of widths; each variant is stored under the key with "-<width>" added).
ALTER TABLE media ADD COLUMN alt TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN caption TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN credit TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN original_name TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN variant_widths TEXT NOT NULL DEFAULT '';
ALTER TABLE media ADD COLUMN uploaded_by BIGINT REFERENCES people (id);
CREATE INDEX media_newest ON media (created_at DESC, id DESC);
