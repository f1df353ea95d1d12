package news.bulletin.comment.web;

/** "Click to comment" near the top of a story, with the count. */
public record CommentTeaser(long count, boolean open) {
    public String label() {
        if (count == 0) {
            return open ? "Be the first to comment" : "Comments are closed";
        }
        return count == 1 ? "1 comment" : count + " comments";
    }
}
