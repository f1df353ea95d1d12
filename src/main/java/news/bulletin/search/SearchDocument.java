package news.bulletin.search;

/** What the index keeps of a published story: its words, by weight. */
record SearchDocument(long articleId, String headline, String dek, String body, java.time.Instant published) {}
