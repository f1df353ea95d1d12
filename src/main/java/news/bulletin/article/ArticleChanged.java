package news.bulletin.article;

/**
 * Published after a change to a story commits: its words, its state, its address or what is
 * attached to it. Listeners read the story again; one that is no longer published is gone for them.
 */
public record ArticleChanged(long articleId, boolean wentLive) {
    public ArticleChanged(long articleId) {
        this(articleId, false);
    }

    /** The story has just become visible to readers, published now or at its scheduled time. */
    static ArticleChanged wentLive(long articleId) {
        return new ArticleChanged(articleId, true);
    }
}
