package news.bulletin.comment;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A comment in the moderation queue, with what the editor needs to decide. */
public record QueueItem(
        long id,
        long authorId,
        long articleId,
        String authorName,
        String articleHeadline,
        String articlePath,
        List<CommentParagraph> paragraphs,
        CommentStatus status,
        @Nullable String holdReason,
        Instant createdAt) {}
