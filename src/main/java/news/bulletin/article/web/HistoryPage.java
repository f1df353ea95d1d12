package news.bulletin.article.web;

import java.util.List;
import news.bulletin.article.EditableArticle;
import news.bulletin.article.Revision;
import news.bulletin.article.RevisionDiff;
import org.jspecify.annotations.Nullable;

/**
 * A story's revisions, and the differences between two of them.
 *
 * @param diff the comparison asked for, or null when there is nothing to compare yet
 * @param mayRestore whether the person may put an earlier revision back
 */
public record HistoryPage(
        EditableArticle story,
        List<Revision> revisions,
        @Nullable RevisionDiff diff,
        boolean mayRestore,
        String notice) {}
