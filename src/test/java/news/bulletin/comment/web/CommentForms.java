package news.bulletin.comment.web;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.Section;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Posting comments as a reader's browser does, and readers whose comments appear at once. */
final class CommentForms {
    private CommentForms() {}

    /** Signs in a reader with one approved comment elsewhere, so that their next ones need no editor. */
    static Http trusted(int port, JdbcClient jdbc, TestArticles stories, Section section, Account reader) {
        jdbc.sql("""
                        INSERT INTO comments (article_id, author_id, depth, body_text, status, deleted, created_at, approved_at)
                        VALUES (:article, :author, 0, 'Earlier', 'APPROVED', FALSE, 0, 0)
                        """)
                .param("article", stories.article("Earlier story").in(section).published())
                .param("author", reader.id())
                .update();
        return Http.signedIn(port, reader.email(), TestAccounts.PASSWORD);
    }

    static HttpResponse<String> post(Http browser, long articleId, @Nullable Long parentId, String body) {
        var form = new HashMap<>(Map.of("_csrf", browser.csrf(), "articleId", String.valueOf(articleId), "body", body));
        if (parentId != null) {
            form.put("parentId", String.valueOf(parentId));
        }
        return browser.post("/comments", form);
    }

    /** The new comment's id, from the address the post redirects to. */
    static long idOf(HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.indexOf("#comment-") + 9));
    }
}
