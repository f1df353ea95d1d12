package news.bulletin.web;

import org.jspecify.annotations.Nullable;

/**
 * Where to send a reader back to after signing in or verifying an address: only a path on this
 * site, so that a crafted link cannot bounce a reader to another one.
 */
public final class ReturnPaths {
    private ReturnPaths() {}

    /** The path itself if it is a safe same-site path, otherwise the home page. */
    public static String safe(@Nullable String candidate) {
        if (candidate == null
                || candidate.length() > 500
                || !candidate.startsWith("/")
                || candidate.startsWith("//")
                || candidate.startsWith("/\\")
                || candidate.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\')) {
            return "/";
        }
        return candidate;
    }
}
