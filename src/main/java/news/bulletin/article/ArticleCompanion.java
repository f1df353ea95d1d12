package news.bulletin.article;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Something another module shows on the article page, such as its comments: a short teaser near
 * the top and a block below the story. The article module shows them without knowing what they are.
 */
public interface ArticleCompanion {
    /** A line near the top of the story, or null for none. */
    @Nullable
    Content teaser(Article article, HttpServletRequest request);

    /** The block below the story. */
    Content block(Article article, HttpServletRequest request);
}
