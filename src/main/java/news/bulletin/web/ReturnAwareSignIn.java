package news.bulletin.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After signing in, go back where the reader came from: the form's {@code return} path when it is
 * a safe same-site path, else the page that asked for sign-in, else the home page. A refused
 * sign-in goes back to the form, keeping that path.
 */
class ReturnAwareSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        String target = request.getParameter("return");
        if (target == null || target.isBlank()) {
            super.onAuthenticationSuccess(request, response, auth);
            return;
        }
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, ReturnPaths.safe(target));
    }

    static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = failure instanceof LockedException ? "throttled" : "error";
        String target = request.getParameter("return");
        String query = target == null || target.isBlank()
                ? ""
                : "&return=" + URLEncoder.encode(ReturnPaths.safe(target), StandardCharsets.UTF_8);
        response.sendRedirect(request.getContextPath() + "/login?" + reason + query);
    }
}
