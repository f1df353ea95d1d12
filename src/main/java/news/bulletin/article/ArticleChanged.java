package news.bulletin.article;

/**
 * Published after a change to a story commits: its words, its state, its address or what is
 * attached to it. Listeners read the story again; one that is no longer published is gone for them.
 */
public record ArticleChanged(long articleId) {}
