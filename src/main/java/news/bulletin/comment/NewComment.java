package news.bulletin.comment;

import org.jspecify.annotations.Nullable;

/** A comment about to be stored, its place in the thread and its status worked out. */
record NewComment(
        long articleId,
        long authorId,
        @Nullable Long parentId,
        @Nullable Long rootId,
        int depth,
        String text,
        CommentStatus status,
        @Nullable String holdReason) {}
