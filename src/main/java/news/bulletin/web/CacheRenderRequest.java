package news.bulletin.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * A request as the page cache renders it: as nobody in particular. It has only the query
 * parameters a cached page may depend on, no cookies, no session and no signed-in person, so
 * nothing personal can end up in the cached bytes. A page that starts a session anyway is rendered
 * but not cached.
 */
final class CacheRenderRequest extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;
    private final @Nullable String queryString;
    private boolean askedForSession;

    CacheRenderRequest(HttpServletRequest request, CacheKey key) {
        super(request);
        this.parameters = key.parameters();
        this.queryString = key.queryString();
    }

    boolean askedForSession() {
        return askedForSession;
    }

    @Override
    public @Nullable String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String @Nullable [] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public @Nullable String getQueryString() {
        return queryString;
    }

    @Override
    public Cookie @Nullable [] getCookies() {
        return null;
    }

    @Override
    public @Nullable String getHeader(String name) {
        return "cookie".equalsIgnoreCase(name) || "authorization".equalsIgnoreCase(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return "cookie".equalsIgnoreCase(name) || "authorization".equalsIgnoreCase(name)
                ? Collections.emptyEnumeration()
                : super.getHeaders(name);
    }

    @Override
    public @Nullable HttpSession getSession(boolean create) {
        if (!create) {
            return null;
        }
        askedForSession = true;
        return super.getSession(true);
    }

    @Override
    public HttpSession getSession() {
        askedForSession = true;
        return super.getSession();
    }

    @Override
    public @Nullable String getRequestedSessionId() {
        return null;
    }

    @Override
    public boolean isRequestedSessionIdValid() {
        return false;
    }

    @Override
    public @Nullable Principal getUserPrincipal() {
        return null;
    }

    @Override
    public @Nullable String getRemoteUser() {
        return null;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public @Nullable Object getAttribute(String name) {
        return name.equals(CsrfToken.class.getName()) || name.equals("_csrf") ? null : super.getAttribute(name);
    }
}
