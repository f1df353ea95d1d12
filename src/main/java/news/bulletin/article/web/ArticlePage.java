package news.bulletin.article.web;

import gg.jte.Content;
import java.util.List;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.Neighbours;
import org.jspecify.annotations.Nullable;

/**
 * The article page.
 *
 * @param canonicalUrl the article's absolute address
 * @param neighbours the older and newer stories in its section, linked at the foot
 * @param latest the sidebar's latest stories
 * @param teasers lines other modules show near the top, such as the comment count
 * @param companions blocks other modules show below the story, such as the comments
 * @param sidebars boxes other modules show in the sidebar, such as Most Popular
 * @param structuredData the schema.org description of the story, as JSON safe inside a script element
 * @param imageUrl the hero image's absolute address, or null
 * @param authorUrls the absolute addresses of the author pages, in byline order
 */
public record ArticlePage(
        Article article,
        String canonicalUrl,
        Neighbours neighbours,
        List<ArticleSummary> latest,
        List<ShareLink> shareLinks,
        List<Content> teasers,
        List<Content> companions,
        List<Content> sidebars,
        String structuredData,
        @Nullable String imageUrl,
        List<String> authorUrls) {}
