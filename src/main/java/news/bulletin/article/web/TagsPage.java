package news.bulletin.article.web;

import news.bulletin.article.TagUse;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;

/**
 * The editors' list of tags.
 *
 * @param rejectedId the tag whose form was just refused (0 for the "create" form), or null
 * @param typed what was typed into that form
 * @param problem why it was refused
 */
public record TagsPage(
        Paging<TagUse> tags,
        @Nullable Long rejectedId,
        String typed,
        @Nullable String problem,
        String notice) {

    public String value(long formId, String saved) {
        return rejectedId != null && rejectedId == formId ? typed : saved;
    }

    public @Nullable String problem(long formId) {
        return rejectedId != null && rejectedId == formId ? problem : null;
    }
}
