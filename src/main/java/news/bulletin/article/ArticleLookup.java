package news.bulletin.article;

/** The answer to a reader's article URL: the article, a redirect to its current address, or nothing. */
public sealed interface ArticleLookup {
    record Found(Article article) implements ArticleLookup {}

    record Moved(String path) implements ArticleLookup {}

    record Missing() implements ArticleLookup {}
}
