package news.bulletin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site's pages and forms speak GET, HEAD and POST only. Any other method is answered 405 here,
 * before security, so that a DELETE or PROPFIND gets "not allowed" rather than a CSRF refusal or a
 * firewall's bare 400. The API, which will use more methods, is left to its own mappings.
 */
@Component
class SiteMethods extends OncePerRequestFilter implements Ordered {
    private static final Set<String> ALLOWED = Set.of("GET", "HEAD", "POST", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ALLOWED.contains(request.getMethod()) || request.getServletPath().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
        response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
