package news.bulletin.comment;

/** A comment became visible to everyone: posted by a trusted reader, or approved by an editor. */
public record CommentApproved(long commentId) {}
