package news.bulletin.comment.web;

import java.util.List;
import news.bulletin.article.Article;
import news.bulletin.comment.CommentStatus;
import news.bulletin.comment.QueueItem;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;

/**
 * The moderation queue.
 *
 * @param status which comments are listed
 * @param articleId only this story's comments, or null for all
 * @param story that story, when it is published, so its comments can be closed or reopened here
 * @param notice what the last action did, or empty
 */
public record QueuePage(
        Paging<QueueItem> items,
        CommentStatus status,
        @Nullable Long articleId,
        @Nullable Article story,
        String notice) {
    public List<CommentStatus> statuses() {
        return List.of(CommentStatus.values());
    }

    public String href(CommentStatus target, int page) {
        return "/newsroom/comments?status=" + target.name()
                + (articleId == null ? "" : "&article=" + articleId)
                + (page > 1 ? "&page=" + page : "");
    }
}
