package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A personal part of a cached page, such as the account link or the comment form. The cached page
 * holds what an anonymous reader sees there; for a signed-in reader the slot is rendered afresh on
 * every request and put in its place, so nothing personal is ever cached.
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
}
