-- An author's photo on their page, an image from the media library.
ALTER TABLE people ADD COLUMN photo_media_id BIGINT REFERENCES media (id);
