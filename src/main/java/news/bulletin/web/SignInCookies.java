package news.bulletin.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells a request that may come from somebody signed in (it carries a session or remembered-sign-in
 * cookie) from one that is anonymous for sure, which may be answered before the security filters.
 */
@Component
public class SignInCookies {
    private final String sessionCookie;

    SignInCookies(@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    public boolean present(HttpServletRequest request) {
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
