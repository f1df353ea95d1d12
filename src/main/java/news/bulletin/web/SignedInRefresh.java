package news.bulletin.web;

import java.util.List;
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

    /** The authentication after every refresher has seen it: the same, a fresher one, or null. */
    static @Nullable Authentication applyAll(List<SignedInRefresh> refreshers, Authentication current) {
        Authentication fresh = current;
        for (SignedInRefresh refresher : refreshers) {
            if (fresh == null) {
                return null;
            }
            fresh = refresher.refresh(fresh);
        }
        return fresh;
    }
}
