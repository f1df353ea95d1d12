package news.bulletin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link SignedInRefresh} beans before the request is authorized: a session whose
 * account was disabled, deleted or given a new password ends, and one whose role or name changed
 * carries the new values.
 */
class FreshSignIn extends OncePerRequestFilter {
    private final List<SignedInRefresh> refreshers;
    private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    FreshSignIn(List<SignedInRefresh> refreshers) {
        this.refreshers = refreshers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
            Authentication fresh = SignedInRefresh.applyAll(refreshers, current);
            if (fresh == null) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (fresh != current) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
                if (request.getSession(false) != null) {
                    sessions.saveContext(context, request, response);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
