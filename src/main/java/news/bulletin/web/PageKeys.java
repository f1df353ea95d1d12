package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The surrogate keys of what a page shows ({@link news.bulletin.shared.ContentKeys}). A public page
 * that adds keys may be kept in the page cache until one of its keys changes; a page that adds none
 * is never cached.
 */
public final class PageKeys {
    private static final String ATTRIBUTE = PageKeys.class.getName();

    private PageKeys() {}

    public static void add(HttpServletRequest request, String... keys) {
        add(request, List.of(keys));
    }

    public static void add(HttpServletRequest request, Collection<String> keys) {
        keysOf(request).addAll(keys);
    }

    /** Whether the page has said what it shows, and so may be cached. */
    public static boolean tagged(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }

    static Set<String> of(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Set<String> keys = (Set<String>) request.getAttribute(ATTRIBUTE);
        return keys == null ? Set.of() : keys;
    }

    private static Set<String> keysOf(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Set<String> keys = (Set<String>) request.getAttribute(ATTRIBUTE);
        if (keys == null) {
            keys = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, keys);
        }
        return keys;
    }
}
