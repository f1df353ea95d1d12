package news.bulletin.comment.web;

import org.jspecify.annotations.Nullable;

/**
 * A comment form on its own page: for a reply, for changing a comment, or for a comment that was
 * refused, with the reader's text kept.
 *
 * @param action where the form posts
 * @param parentId the comment being replied to, or null
 * @param error why the last try was refused, or null
 */
public record CommentFormPage(
        String heading,
        String articleHeadline,
        String articlePath,
        long articleId,
        String action,
        @Nullable Long parentId,
        String text,
        @Nullable String error) {}
