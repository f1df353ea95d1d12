package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * A personal part of a cached page, such as the account link or the comment form. The cached page
 * holds what an anonymous reader sees there; for a signed-in reader the slot is rendered afresh on
 * every request and put in its place, so nothing personal is ever cached. A slot that many readers
 * see alike names their group ({@link #sharedBy}); it is then rendered once per cached page for that
 * group, and only the form token differs between their copies.
 */
public interface PageSlot {
    /** The name the page's {@link Slots#open} marker uses. */
    String name();

    /**
     * The slot as the signed-in reader of this request sees it, as HTML.
     *
     * @param argument what the page wrote into the marker, such as the story's id
     */
    String render(String argument, HttpServletRequest request);

    /**
     * The group of readers who all see this slot alike on this page, such as "may comment and has
     * no comments here"; null when this reader's slot is theirs alone. The group's render is kept
     * with the cached page, so it is as fresh as the page.
     */
    default @Nullable String sharedBy(String argument, HttpServletRequest request) {
        return null;
    }

    /**
     * The slot as every reader of the group sees it. It must be rendered from the group alone,
     * never from the reader of this request, and hold nothing of theirs but the form token.
     */
    default String renderShared(String argument, String group, HttpServletRequest request) {
        throw new UnsupportedOperationException(name() + " names groups but cannot render for one");
    }
}
