package news.bulletin.account.web;

/**
 * The sign-in form.
 *
 * @param notice good news to show first (signed out, address confirmed …), or empty
 * @param problem why the last try was refused, or empty
 * @param returnTo where to go after signing in, or empty for the default
 */
public record LoginPage(String notice, String problem, String returnTo) {}
