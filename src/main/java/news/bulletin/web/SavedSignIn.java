package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.stereotype.Component;

/**
 * Reads a signed-in reader's sign-in and form token from their session the way Spring Security's
 * filters do (with the same repositories and token handler), so that a cached page can be answered
 * for them ahead of those filters. Anything less than a current sign-in with a token already issued
 * is left to the filters, which also end or update sessions.
 */
@Component
class SavedSignIn {
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
    private final XorCsrfTokenRequestAttributeHandler tokenHandler = new XorCsrfTokenRequestAttributeHandler();
    private final List<SignedInRefresh> refreshers;

    SavedSignIn(List<SignedInRefresh> refreshers) throws NoSuchAlgorithmException {
        this.refreshers = refreshers;
        // The token is masked afresh for every page; the default generator reads /dev/urandom under
        // a lock each time, which readers queued on. A DRBG is as strong and stays in memory.
        tokenHandler.setSecureRandom(SecureRandom.getInstance("DRBG"));
    }

    /**
     * The reader's sign-in, with their form token put on the request as the CSRF filter would; null
     * when the security filters must see this request.
     */
    @Nullable
    Authentication load(HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) == null || !contexts.containsContext(request)) {
            return null;
        }
        Authentication reader = contexts.loadDeferredContext(request).get().getAuthentication();
        if (reader == null || !reader.isAuthenticated() || !(reader.getPrincipal() instanceof DisplayNamed)) {
            return null;
        }
        if (SignedInRefresh.applyAll(refreshers, reader) != reader) {
            return null;
        }
        CsrfToken token = tokens.loadToken(request);
        if (token == null) {
            return null;
        }
        tokenHandler.handle(request, response, () -> token);
        return reader;
    }
}
