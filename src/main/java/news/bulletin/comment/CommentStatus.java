package news.bulletin.comment;

/** Where a comment stands: waiting for an editor, shown, or marked as spam. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    SPAM
}
