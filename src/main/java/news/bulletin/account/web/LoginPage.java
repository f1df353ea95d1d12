package news.bulletin.account.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in form.
 *
 * @param notice good news to show first (signed out, address confirmed …), or empty
 * @param problem why the last try was refused, or empty
 * @param returnTo where to go after signing in, or empty for the default
 */
public record LoginPage(String notice, String problem, String returnTo) {
    /** Sign-up keeps the same way back; the path is encoded so its {@code #comments} survives. */
    public String registerHref() {
        return returnTo.isEmpty()
                ? "/register"
                : "/register?return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }
}
