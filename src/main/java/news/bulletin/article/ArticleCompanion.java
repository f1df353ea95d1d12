package news.bulletin.article;

import gg.jte.Content;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Something another module shows on the article page, such as its comments: a short teaser near
 * the top, a block below the story, a box in the sidebar. The article module shows them without
 * knowing what they are, in the companions' order.
 */
public interface ArticleCompanion {
    /** A line near the top of the story, or null for none. */
    default @Nullable Content teaser(Article article, HttpServletRequest request) {
        return null;
    }

    /** A block below the story, or null for none. */
    default @Nullable Content block(Article article, HttpServletRequest request) {
        return null;
    }

    /** A box in the sidebar, or null for none. */
    default @Nullable Content sidebar(Article article, HttpServletRequest request) {
        return null;
    }
}
