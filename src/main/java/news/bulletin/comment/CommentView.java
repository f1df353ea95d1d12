package news.bulletin.comment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment as the reader looking at the page sees it.
 *
 * @param authorName the author's name, or "a former reader" once their account is deleted
 * @param paragraphs the text, ready for the template to escape
 * @param awaitingModeration only ever true for the author's own comment
 * @param deleted shown as "comment deleted", kept for the replies under it
 * @param editable the viewer wrote it less than 15 minutes ago
 * @param deletable the viewer wrote it
 * @param replies the replies, oldest first
 */
public record CommentView(
        long id,
        String authorName,
        int depth,
        List<CommentParagraph> paragraphs,
        Instant createdAt,
        @Nullable Instant editedAt,
        boolean awaitingModeration,
        boolean deleted,
        boolean editable,
        boolean deletable,
        boolean canReply,
        List<CommentView> replies) {

    public String anchor() {
        return "comment-" + id;
    }
}
