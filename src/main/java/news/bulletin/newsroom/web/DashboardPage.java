package news.bulletin.newsroom.web;

import java.util.List;
import news.bulletin.article.DeskItem;
import org.jspecify.annotations.Nullable;

/**
 * The newsroom dashboard.
 *
 * @param waitingComments comments waiting for moderation, or null when the person is not an editor
 */
public record DashboardPage(
        String name,
        List<DeskItem> myDrafts,
        List<DeskItem> inReview,
        List<DeskItem> scheduled,
        List<DeskItem> published,
        @Nullable Long waitingComments) {

    /** Editors correct published stories from here. */
    public boolean corrects() {
        return waitingComments != null;
    }
}
