package news.bulletin.article;

/** A story and how closely it matches something, higher being closer. */
public record ScoredStory(long articleId, int score) {}
