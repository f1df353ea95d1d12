-- Views of each story per hour (hours since the epoch, UTC), added to in batches by every node.
CREATE TABLE popularity_hourly (
    article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    hour       BIGINT NOT NULL,
    views      BIGINT NOT NULL,
    PRIMARY KEY (article_id, hour)
);
CREATE INDEX popularity_hourly_hour ON popularity_hourly (hour, article_id);
