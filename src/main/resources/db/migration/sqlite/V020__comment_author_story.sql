-- A reader's comments on one story: whether they commented there (asked on each signed-in page
-- view) and whether a new comment repeats one of theirs, without reading every comment of a
-- story that has thousands.
CREATE INDEX comments_author_story ON comments (author_id, article_id, created_at);
