package news.bulletin.article;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A story as the editor opens it.
 *
 * @param version the number a save must quote; a save quoting an older one is a conflict
 * @param reviewNote what an editor wrote when sending the story back, or empty
 * @param createdBy who started the story, or null for one the site itself made
 * @param publicPath where readers find it, for a story that has been published
 */
public record EditableArticle(
        long id,
        int version,
        ArticleStatus status,
        ArticleForm form,
        String reviewNote,
        @Nullable Long createdBy,
        @Nullable Instant scheduledFor,
        @Nullable Instant firstPublishedAt,
        @Nullable Instant updatedAt,
        Instant modifiedAt,
        @Nullable String publicPath) {

    /** The same story with another form, such as one with its credits filled in. */
    EditableArticle withForm(ArticleForm replacement) {
        return new EditableArticle(
                id,
                version,
                status,
                replacement,
                reviewNote,
                createdBy,
                scheduledFor,
                firstPublishedAt,
                updatedAt,
                modifiedAt,
                publicPath);
    }

    /** Whether the person is credited on the story or started it. */
    public boolean belongsTo(long personId) {
        return form.bylineIds().contains(personId) || (createdBy != null && createdBy == personId);
    }
}
