package news.bulletin.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Brings a signed-in session up to date with the account behind it on every request, so that a
 * role change, a confirmed address, a new password or a disabled account takes effect at once.
 */
public interface SignedInRefresh {
    /** The current authentication, a fresher one, or null when the session must end. */
    @Nullable
    Authentication refresh(Authentication current);
}
