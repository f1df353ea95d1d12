package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;

/** Conditional GET: whether the reader's copy is still the page the cache holds. */
final class Conditional {
    private static final int MAX_LENGTH = 2_048;

    private Conditional() {}

    static boolean notModified(HttpServletRequest request, String etag, long lastModified) {
        String match = request.getHeader("If-None-Match");
        if (match != null) {
            // An over-long list is not worth reading: the page is sent in full.
            return match.length() <= MAX_LENGTH && matches(match, etag);
        }
        try {
            long since = request.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified <= since;
        } catch (IllegalArgumentException unparsable) {
            return false;
        }
    }

    private static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
