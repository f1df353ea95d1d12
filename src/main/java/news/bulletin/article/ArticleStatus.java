package news.bulletin.article;

/** Where an article is in its life; only {@link #PUBLISHED} articles are shown to readers. */
enum ArticleStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
