package news.bulletin.account.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.bulletin.web.FormErrors;

/** The sign-up form; the password is never sent back. */
public record RegisterPage(RegisterForm form, FormErrors errors) {
    /** Sign-in keeps the same way back, encoded so that a {@code #comments} survives. */
    public String loginHref() {
        return "/login?return=" + URLEncoder.encode(form.returnTo(), StandardCharsets.UTF_8);
    }
}
