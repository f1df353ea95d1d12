package news.bulletin.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.Section;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Readers comment under stories: who may, what is held or refused, and how it looks. */
@SiteTest
class CommentingTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "commenting");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.comments.blocked-words", () -> "casino, cheap-pills.example");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestArticles stories;
    TestAccounts accounts;
    Section section;

    @BeforeEach
    void setUp() {
        stories = new TestArticles(context);
        accounts = new TestAccounts(context);
        section = stories.section("Talk");
    }

    @Test
    void aSignedOutReaderIsAskedToLogInAndBroughtBackToTheComments() {
        var story = stories.article("Quiet story").in(section).publish();

        Document page = Jsoup.parse(new Http(port).get(story.path()).body());

        assertThat(page.select(".comment-teaser a").attr("href")).isEqualTo("#comments");
        assertThat(page.select(".comment-teaser").text()).isEqualTo("Click to comment: Be the first to comment");
        assertThat(page.select("#comments h2").text()).isEqualTo("Leave a Reply");
        assertThat(page.select(".comment-login").text()).startsWith("You must be logged in to post a comment.");
        assertThat(page.select(".comment-login a").eachAttr("href"))
                .containsExactly(
                        "/login?return=" + story.path().replace("/", "%2F") + "%23comments",
                        "/register?return=" + story.path().replace("/", "%2F") + "%23comments");
        assertThat(page.select("form.comment-form")).isEmpty();
    }

    @Test
    void aFirstCommentWaitsForAnEditorAndAfterOneApprovalTheReadersCommentsAppearAtOnce() {
        var story = stories.article("Busy story").in(section).publish();
        Account reader = accounts.create(Role.READER);
        Account editor = accounts.create(Role.EDITOR);
        Http readerBrowser = Http.signedIn(port, reader.email(), TestAccounts.PASSWORD);

        var posted = post(readerBrowser, story.id(), "My first thoughts on this.");
        assertThat(posted.statusCode()).isEqualTo(302);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*" + story.path() + "#comment-\\d+");
        String anchor = location.substring(location.indexOf('#') + 1);

        Document own = Jsoup.parse(readerBrowser.get(story.path()).body());
        assertThat(own.select("#" + anchor + " .awaiting").text()).startsWith("Awaiting moderation");
        assertThat(Jsoup.parse(new Http(port).get(story.path()).body()).select("#" + anchor))
                .isEmpty();

        Http editorBrowser = Http.signedIn(port, editor.email(), TestAccounts.PASSWORD);
        assertThat(Jsoup.parse(editorBrowser.get("/").body())
                        .select(".staff-bar .count")
                        .text())
                .isNotEmpty();
        var approved = editorBrowser.post(
                "/newsroom/comments/moderate",
                Map.of("_csrf", editorBrowser.csrf(), "ids", anchor.substring(8), "action", "approve"));
        assertThat(approved.headers().firstValue("Location").orElseThrow()).contains("done=approve-1");

        Document publicPage = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(publicPage.select("#" + anchor + " .comment-body").text()).isEqualTo("My first thoughts on this.");
        assertThat(publicPage.select(".comment-teaser").text()).isEqualTo("Click to comment: 1 comment");

        String second = post(readerBrowser, story.id(), "And a second thought.")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        assertThat(Jsoup.parse(new Http(port).get(story.path()).body())
                        .select("#" + second.substring(second.indexOf('#') + 1)))
                .hasSize(1);
    }

    @Test
    void commentsArePlainTextWithParagraphsAndSafeLinks() {
        var story = stories.article("Linked story").in(section).publish();
        Http reader = trustedReader();

        String location = post(
                        reader,
                        story.id(),
                        "<script>alert(1)</script> See https://example.org/report.\n\nSecond <b>paragraph</b>.")
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String body = new Http(port).get(story.path()).body();
        Document page = Jsoup.parse(body);
        var comment = page.select("#" + location.substring(location.indexOf('#') + 1) + " .comment-body");

        assertThat(body).doesNotContain("<script>alert(1)</script>").doesNotContain("<b>paragraph</b>");
        assertThat(comment.select("p")).hasSize(2);
        assertThat(comment.select("p").first().text())
                .isEqualTo("<script>alert(1)</script> See https://example.org/report.");
        assertThat(comment.select("a").attr("href")).isEqualTo("https://example.org/report");
        assertThat(comment.select("a").attr("rel")).isEqualTo("nofollow ugc noopener");
    }

    @Test
    void commentsWithManyLinksOrBlockedWordsWaitEvenFromTrustedReaders() {
        var story = stories.article("Spammed story").in(section).publish();
        Http reader = trustedReader();

        post(reader, story.id(), "Links: https://a.example https://b.example https://c.example");
        post(reader, story.id(), "Visit my CASINO tonight");

        assertThat(count("SELECT COUNT(*) FROM comments WHERE article_id = " + story.id() + " AND status = 'PENDING'"))
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT hold_reason FROM comments WHERE article_id = :a ORDER BY id")
                        .param("a", story.id())
                        .query(String.class)
                        .list())
                .containsExactly("more than 2 links", "blocked word");
    }

    @Test
    void aRefusedCommentComesBackWithTheTextAndTheProblemNamed() {
        var story = stories.article("Strict story").in(section).publish();
        Http reader = trustedReader();

        Document empty = Jsoup.parse(post(reader, story.id(), "   ").body());
        assertThat(empty.select("#comment-body-error").text()).contains("Write your comment first.");

        String tooLong = "x".repeat(5001);
        Document overlong = Jsoup.parse(post(reader, story.id(), tooLong).body());
        assertThat(overlong.select("#comment-body-error").text())
                .contains("Keep comments to 5,000 characters; this one has 5,001.");
        assertThat(overlong.select("#comment-body").text()).isEqualTo(tooLong);

        post(reader, story.id(), "Said once.");
        Document duplicate = Jsoup.parse(post(reader, story.id(), "Said once.").body());
        assertThat(duplicate.select("#comment-body-error").text()).contains("already posted");
        assertThat(duplicate.select("#comment-body").text()).isEqualTo("Said once.");
        assertThat(count("SELECT COUNT(*) FROM comments WHERE article_id = " + story.id()))
                .isEqualTo(1);
    }

    @Test
    void aReaderMayPostFiveCommentsInTenMinutes() {
        var story = stories.article("Fast story").in(section).publish();
        Http reader = trustedReader();
        for (int i = 1; i <= 5; i++) {
            assertThat(post(reader, story.id(), "Comment number " + i).statusCode())
                    .isEqualTo(302);
        }

        Document refused =
                Jsoup.parse(post(reader, story.id(), "Comment number 6").body());

        assertThat(refused.select("#comment-body-error").text()).contains("in the last ten minutes");
        assertThat(refused.select("#comment-body").text()).isEqualTo("Comment number 6");
    }

    @Test
    void unconfirmedReadersBannedReadersAndAnonymousVisitorsCannotComment() {
        var story = stories.article("Guarded story").in(section).publish();
        Account unconfirmed = accounts.create(Role.READER, false);
        Http unconfirmedBrowser = Http.signedIn(port, unconfirmed.email(), TestAccounts.PASSWORD);

        assertThat(Jsoup.parse(unconfirmedBrowser.get(story.path()).body())
                        .select(".comment-login")
                        .text())
                .startsWith("Confirm your email address to comment");
        assertThat(Jsoup.parse(post(unconfirmedBrowser, story.id(), "Let me in").body())
                        .select("#comment-body-error")
                        .text())
                .contains("Confirm your email address");

        Http anonymous = new Http(port);
        var anonymousPost = anonymous.post(
                "/comments",
                Map.of(
                        "_csrf",
                        Http.csrfToken(anonymous.get("/login")),
                        "articleId",
                        String.valueOf(story.id()),
                        "body",
                        "Hello"));
        assertThat(anonymousPost.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        Account banned = accounts.create(Role.READER);
        jdbc.sql("INSERT INTO comment_bans (person_id, banned_at) VALUES (:p, 0)")
                .param("p", banned.id())
                .update();
        Http bannedBrowser = Http.signedIn(port, banned.email(), TestAccounts.PASSWORD);
        assertThat(Jsoup.parse(bannedBrowser.get(story.path()).body())
                        .select(".comment-login")
                        .text())
                .isEqualTo("You can no longer comment on this site.");
        assertThat(Jsoup.parse(post(bannedBrowser, story.id(), "Still here").body())
                        .select("#comment-body-error")
                        .text())
                .contains("no longer comment");
        assertThat(count("SELECT COUNT(*) FROM comments WHERE article_id = " + story.id()))
                .isZero();
    }

    @Test
    void closedThreadsSaySoKeepWhatWasSaidAndStoreNothingNew() {
        var open = stories.article("Open then closed").in(section).publish();
        Http reader = trustedReader();
        post(reader, open.id(), "Said before closing.");
        jdbc.sql("UPDATE articles SET comments_enabled = FALSE WHERE id = :id")
                .param("id", open.id())
                .update();
        var old = stories.article("Old story")
                .in(section)
                .publishedAgo(Duration.ofDays(31))
                .publish();

        Document closed = Jsoup.parse(reader.get(open.path()).body());
        assertThat(closed.select(".comments-closed").text()).isEqualTo("Comments are closed.");
        assertThat(closed.select(".comment-body").text()).isEqualTo("Said before closing.");
        assertThat(closed.select("form.comment-form")).isEmpty();
        assertThat(Jsoup.parse(post(reader, open.id(), "After closing").body())
                        .select("#comment-body-error")
                        .text())
                .contains("Comments are closed");
        assertThat(Jsoup.parse(reader.get(old.path()).body())
                        .select(".comments-closed")
                        .text())
                .as("threads close 30 days after publication")
                .isEqualTo("Comments are closed.");
        assertThat(count("SELECT COUNT(*) FROM comments WHERE body_text = 'After closing'"))
                .isZero();
    }

    @Test
    void draftsUnknownStoriesAndForgedRequestsStoreNothing() {
        long draft = stories.article("Unpublished").in(section).draft();
        Http reader = trustedReader();

        assertThat(post(reader, draft, "On a draft").statusCode()).isEqualTo(404);
        assertThat(post(reader, 999_999, "On nothing").statusCode()).isEqualTo(404);
        var story = stories.article("Forged story").in(section).publish();
        var forged = reader.post("/comments", Map.of("articleId", String.valueOf(story.id()), "body", "No token"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body())
                .contains("class=\"site-header\"")
                .doesNotContainIgnoringCase("invalid csrf")
                .doesNotContainIgnoringCase("exception");
        assertThat(count("SELECT COUNT(*) FROM comments WHERE body_text IN ('On a draft', 'On nothing', 'No token')"))
                .isZero();
    }

    @Test
    void authorsChangeTheirCommentForFifteenMinutesAndDeleteItLeavingRepliesInPlace() {
        var story = stories.article("Edited story").in(section).publish();
        Http author = trustedReader();
        Http other = trustedReader();
        long id = idOf(post(author, story.id(), "First version"));
        long reply = idOf(other.post(
                "/comments",
                Map.of(
                        "_csrf",
                        other.csrf(),
                        "articleId",
                        String.valueOf(story.id()),
                        "parentId",
                        String.valueOf(id),
                        "body",
                        "A reply")));

        var edited = author.post("/comments/" + id + "/edit", Map.of("_csrf", author.csrf(), "body", "Second version"));
        assertThat(edited.statusCode()).isEqualTo(302);
        Document page = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(page.select("#comment-" + id + " > article .comment-body").text())
                .isEqualTo("Second version");
        assertThat(page.select("#comment-" + id + " .comment-edited").first().text())
                .isEqualTo("(edited)");
        assertThat(other.get("/comments/" + id + "/edit").statusCode())
                .as("not the author")
                .isEqualTo(404);

        jdbc.sql("UPDATE comments SET created_at = created_at - 16 * 60 * 1000 WHERE id = :id")
                .param("id", id)
                .update();
        assertThat(author.get("/comments/" + id + "/edit").statusCode()).isEqualTo(404);

        author.post(
                "/comments/" + id + "/delete", Map.of("_csrf", author.csrf(), "articleId", String.valueOf(story.id())));
        Document afterDelete = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(afterDelete.select("#comment-" + id + " .comment-deleted").text())
                .isEqualTo("Comment deleted");
        assertThat(afterDelete.select("#comment-" + reply + " .comment-body").text())
                .isEqualTo("A reply");
        assertThat(afterDelete.text()).doesNotContain("Second version");
    }

    /** A reader with one approved comment already, so their comments appear at once. */
    private Http trustedReader() {
        Account reader = accounts.create(Role.READER);
        var elsewhere =
                stories.article("Where they first commented").in(section).publish();
        jdbc.sql("""
                        INSERT INTO comments (article_id, author_id, depth, body_text, status, deleted, created_at, approved_at)
                        VALUES (:article, :author, 0, 'An earlier comment', 'APPROVED', FALSE, 0, 0)
                        """)
                .param("article", elsewhere.id())
                .param("author", reader.id())
                .update();
        return Http.signedIn(port, reader.email(), TestAccounts.PASSWORD);
    }

    private java.net.http.HttpResponse<String> post(Http browser, long articleId, String body) {
        return browser.post(
                "/comments", Map.of("_csrf", browser.csrf(), "articleId", String.valueOf(articleId), "body", body));
    }

    private static long idOf(java.net.http.HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.indexOf("#comment-") + 9));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
