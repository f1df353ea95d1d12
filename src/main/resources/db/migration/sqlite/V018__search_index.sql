-- Full-text search over published stories (FTS5). The rowid is the article's id. Words are
-- stemmed for English (porter) and folded (remove_diacritics) so that "Zürich" finds "Zurich".
-- published (epoch milliseconds, not indexed) breaks ties between equal matches without a join.
CREATE VIRTUAL TABLE search_articles USING fts5(
    headline,
    dek,
    body,
    published UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
