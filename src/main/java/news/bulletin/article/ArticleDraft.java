package news.bulletin.article;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a writer hands in to create an article.
 *
 * @param tagNames tag names; unknown ones are created
 * @param bylinePersonIds the people credited, in byline order
 */
public record ArticleDraft(
        String headline,
        String slug,
        String dek,
        String bodyMarkdown,
        @Nullable Long sectionId,
        List<String> tagNames,
        List<Long> bylinePersonIds,
        @Nullable Long heroMediaId,
        String heroAlt,
        String heroCaption,
        String heroCredit,
        boolean commentsEnabled) {

    public ArticleDraft {
        tagNames = List.copyOf(tagNames);
        bylinePersonIds = List.copyOf(bylinePersonIds);
    }
}
