package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import news.bulletin.shared.ContentKeys;
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

    /** The surrogate keys of a page showing this story: the story, its section, tags and authors. */
    public List<String> keys() {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(ContentKeys.article(id));
        if (section != null) {
            keys.add(ContentKeys.section(section.id()));
        }
        tags.forEach(tag -> keys.add(ContentKeys.tag(tag.id())));
        bylines.forEach(byline -> keys.add(ContentKeys.person(byline.personId())));
        return keys;
    }

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
