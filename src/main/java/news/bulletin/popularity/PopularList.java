package news.bulletin.popularity;

import java.util.List;
import news.bulletin.article.ArticleSummary;

/**
 * The most read stories.
 *
 * @param latestInstead true when nothing has been read yet, so the list holds the latest stories
 */
public record PopularList(List<ArticleSummary> stories, boolean latestInstead) {}
