package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published article as readers see it.
 *
 * @param bodyHtml the body rendered from Markdown and sanitized when it was saved
 * @param updatedAt the last significant update, or null if there was none
 * @param corrections published corrections, oldest first
 * @param seoTitle the title for search engines and shares, if not the headline; may be empty
 * @param seoDescription the description for search engines and shares, if not the dek; may be empty
 */
public record Article(
        long id,
        String slug,
        String path,
        String headline,
        String dek,
        String bodyHtml,
        @Nullable Section section,
        List<Tag> tags,
        List<Byline> bylines,
        @Nullable HeroImage hero,
        Instant publishedAt,
        @Nullable Instant updatedAt,
        boolean commentsEnabled,
        List<Correction> corrections,
        String seoTitle,
        String seoDescription) {

    /** The title search engines and shares show. */
    public String searchTitle() {
        return seoTitle.isBlank() ? headline : seoTitle;
    }

    /** The description search engines and shares show. */
    public String searchDescription() {
        return seoDescription.isBlank() ? dek : seoDescription;
    }

    /** Whether the person is credited on the story, which makes it theirs under the newsroom's rules. */
    public boolean credits(long personId) {
        return bylines.stream().anyMatch(byline -> byline.personId() == personId);
    }

    public ArticleSummary summary() {
        return new ArticleSummary(id, path, headline, dek, section, bylines, hero, publishedAt);
    }
}
