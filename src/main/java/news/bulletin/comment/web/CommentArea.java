package news.bulletin.comment.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import news.bulletin.comment.CommentThread;
import news.bulletin.web.Dates;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The comment area under a story, "Leave a Reply", as one reader sees it.
 *
 * @param viewer what the reader may do here
 * @param csrf the form token; only read when a form is shown, so anonymous pages start no session
 */
public record CommentArea(
        long articleId,
        String articlePath,
        boolean open,
        Viewer viewer,
        CommentThread thread,
        @Nullable CsrfToken csrf,
        Dates dates) {

    /** Who is looking, as far as commenting goes. */
    public enum Viewer {
        ANONYMOUS,
        UNVERIFIED,
        BANNED,
        CAN_COMMENT
    }

    public String loginHref() {
        return "/login?return=" + returnHere();
    }

    public String registerHref() {
        return "/register?return=" + returnHere();
    }

    public String pageHref(int page) {
        return (page <= 1 ? articlePath : articlePath + "?comments=" + page) + "#comments";
    }

    public String replyHref(long commentId) {
        return "/comments/new?article=" + articleId + "&parent=" + commentId;
    }

    private String returnHere() {
        return URLEncoder.encode(articlePath + "#comments", StandardCharsets.UTF_8);
    }
}
