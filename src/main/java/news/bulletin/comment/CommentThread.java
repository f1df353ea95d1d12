package news.bulletin.comment;

import java.util.List;
import java.util.Set;

/**
 * One page of an article's comments: top-level comments oldest first, each with its replies.
 *
 * @param count comments everyone can see on the whole article
 * @param page this page of top-level comments
 * @param pages how many pages of top-level comments there are
 * @param authorIds the people whose names the page shows
 */
public record CommentThread(List<CommentView> comments, long count, int page, int pages, Set<Long> authorIds) {}
