package news.bulletin.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells a request that may come from somebody signed in (it carries a session or remembered-sign-in
 * cookie) from one that is anonymous for sure, which may be answered before the security filters.
 */
public final class SignInCookies {
    private SignInCookies() {}

    public static boolean present(HttpServletRequest request, String sessionCookie) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie) || cookie.getName().equals("remember-me")) {
                    return true;
                }
            }
        }
        return false;
    }
}
