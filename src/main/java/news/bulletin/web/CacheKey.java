package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Which cached page a request asks for: its path and the few query parameters public pages read
 * (page numbers, the search and its filters, comment pages, the Most Popular period). Any other
 * parameter, such as a campaign tag on a shared link, is ignored, so it neither misses the cache
 * nor fills it.
 *
 * @param parameters the parameters that count, in a fixed order
 * @param queryString those parameters as a query string, or null for none
 */
record CacheKey(
        String value,
        Map<String, String[]> parameters,
        @Nullable String queryString) {
    static final Set<String> PARAMETERS = Set.of("page", "q", "section", "author", "from", "to", "period", "comments");
    private static final int MAX_LENGTH = 1_024;

    /** The request's key, or null when the request is too odd to cache. */
    static @Nullable CacheKey of(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.length() > MAX_LENGTH) {
            return null;
        }
        if (request.getQueryString() == null) {
            return new CacheKey(path, Map.of(), null);
        }
        Map<String, String[]> kept = new TreeMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (PARAMETERS.contains(name)) {
                kept.put(name, values);
            }
        });
        if (kept.isEmpty()) {
            return new CacheKey(path, Map.of(), null);
        }
        StringBuilder query = new StringBuilder();
        kept.forEach((name, values) -> {
            for (String value : values) {
                query.append(query.length() == 0 ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        if (path.length() + query.length() > MAX_LENGTH) {
            return null;
        }
        return new CacheKey(path + "?" + query, kept, query.toString());
    }
}
