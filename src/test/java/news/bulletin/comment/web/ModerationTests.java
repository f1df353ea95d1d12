package news.bulletin.comment.web;

import static news.bulletin.comment.web.CommentForms.idOf;
import static news.bulletin.comment.web.CommentForms.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.Section;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import news.bulletin.support.Mails;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** Threads and replies, the editors' queue, bans, reply mails, and a discussion of 2,000 comments. */
@SiteTest
class ModerationTests {
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "moderation");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    TestArticles stories;
    TestAccounts accounts;
    Section section;

    @BeforeEach
    void setUp() {
        stories = new TestArticles(context);
        accounts = new TestAccounts(context);
        section = stories.section("Debate");
    }

    @Test
    void repliesNestThreeLevelsDeepOldestFirstAndTheParentsAuthorIsMailed() throws Exception {
        var story = stories.article("Threaded story").in(section).publish();
        Account first = accounts.create(Role.READER);
        Http ada = trusted(first);
        Http ben = trusted(accounts.create(Role.READER));

        long top = idOf(post(ada, story.id(), null, "Top level"));
        long second = idOf(post(ben, story.id(), top, "Second level"));
        long third = idOf(post(ada, story.id(), second, "Third level"));
        long fourth = idOf(post(ben, story.id(), third, "Would be fourth"));

        Document page = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(page.select("#comment-" + top + " > .comment-replies > #comment-" + second))
                .hasSize(1);
        assertThat(page.select("#comment-" + second + " > .comment-replies > #comment-" + third))
                .hasSize(1);
        assertThat(page.select("#comment-" + second + " > .comment-replies > #comment-" + fourth))
                .as("replies to the third level stay on it")
                .hasSize(1);
        assertThat(page.select("#comment-" + third + " time").attr("datetime")).isNotBlank();
        assertThat(page.select("#comment-" + third + " .comment-permalink").attr("href"))
                .isEqualTo(story.path() + "#comment-" + third);

        Document signedIn = Jsoup.parse(ada.get(story.path()).body());
        assertThat(signedIn.select("#comment-" + top + " > article .comment-actions a")
                        .eachText())
                .contains("Reply");
        assertThat(signedIn.select("#comment-" + third + " > article .comment-actions a")
                        .eachText())
                .doesNotContain("Reply");

        SMTP.waitForIncomingEmail(5_000, 1);
        List<MimeMessage> toAda = Mails.to(SMTP.getReceivedMessages(), first.email());
        assertThat(toAda).hasSize(2);
        assertThat(Mails.body(toAda.get(0))).contains(story.path() + "#comment-" + second);

        String stop = Mails.body(toAda.get(0))
                .lines()
                .filter(line -> line.contains("/account/replies/stop"))
                .findFirst()
                .orElseThrow()
                .trim();
        String stopPath = stop.substring(stop.indexOf("/account/replies/stop"));
        Http fromMail = new Http(port);
        var confirm = fromMail.get(stopPath);
        var stopped = fromMail.post(
                "/account/replies/stop",
                Map.of("_csrf", Http.csrfToken(confirm), "key", stopPath.substring(stopPath.indexOf("key=") + 4)));
        assertThat(Jsoup.parse(stopped.body()).select(".notice").text()).startsWith("Done");
        post(ben, story.id(), top, "One more reply");
        Thread.sleep(500);
        assertThat(Mails.to(SMTP.getReceivedMessages(), first.email())).hasSize(2);
    }

    @Test
    void editorsWorkThroughTheQueueInBulkAndBanAReader() {
        var story = stories.article("Moderated story").in(section).publish();
        var other = stories.article("Other story").in(section).publish();
        Account reader = accounts.create(Role.READER);
        Http readerBrowser = Http.signedIn(port, reader.email(), TestAccounts.PASSWORD);
        long a = idOf(post(readerBrowser, story.id(), null, "Waiting one"));
        long b = idOf(post(readerBrowser, story.id(), null, "Waiting two"));
        long c = idOf(post(readerBrowser, other.id(), null, "Waiting elsewhere"));
        Account editor = accounts.create(Role.EDITOR);
        Http editorBrowser = Http.signedIn(port, editor.email(), TestAccounts.PASSWORD);

        assertThat(readerBrowser.get("/newsroom/comments").statusCode()).isEqualTo(403);
        Document filtered = Jsoup.parse(editorBrowser
                .get("/newsroom/comments?status=PENDING&article=" + story.id())
                .body());
        assertThat(filtered.select(".queue-item input[name=ids]").eachAttr("value"))
                .containsExactly(String.valueOf(a), String.valueOf(b));
        assertThat(filtered.select(".queue-item .badge").text()).contains("first comment");

        long d = idOf(post(readerBrowser, story.id(), null, "Waiting three"));
        var bulk = editorBrowser.post(
                "/newsroom/comments/moderate",
                List.of(
                        Map.entry("_csrf", editorBrowser.csrf()),
                        Map.entry("ids", String.valueOf(a)),
                        Map.entry("ids", String.valueOf(d)),
                        Map.entry("action", "approve")));
        assertThat(bulk.headers().firstValue("Location").orElseThrow()).contains("done=approve-2");
        assertThat(Jsoup.parse(editorBrowser
                                .get("/newsroom/comments?done=approve-2")
                                .body())
                        .select(".notice")
                        .text())
                .isEqualTo("2 comments approved.");
        assertThat(status(d)).isEqualTo("APPROVED");
        editorBrowser.post(
                "/newsroom/comments/moderate",
                Map.of("_csrf", editorBrowser.csrf(), "ids", String.valueOf(b), "action", "spam"));
        editorBrowser.post(
                "/newsroom/comments/moderate",
                Map.of("_csrf", editorBrowser.csrf(), "ids", String.valueOf(c), "action", "delete"));

        assertThat(status(a)).isEqualTo("APPROVED");
        assertThat(status(b)).isEqualTo("SPAM");
        assertThat(jdbc.sql("SELECT deleted FROM comments WHERE id = :id")
                        .param("id", c)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(Jsoup.parse(editorBrowser
                                .get("/newsroom/comments?status=SPAM")
                                .body())
                        .select(".queue-item input[name=ids]")
                        .eachAttr("value"))
                .contains(String.valueOf(b));

        var banned = editorBrowser.post(
                "/newsroom/comments/ban",
                Map.of("_csrf", editorBrowser.csrf(), "personId", String.valueOf(reader.id())));
        assertThat(banned.headers().firstValue("Location").orElseThrow()).contains("done=banned-1");
        assertThat(Jsoup.parse(readerBrowser.get(story.path()).body())
                        .select(".comment-login")
                        .text())
                .isEqualTo("You can no longer comment on this site.");
        assertThat(Jsoup.parse(new Http(port).get(story.path()).body())
                        .select("#comment-" + a + " .comment-body")
                        .text())
                .as("what they said stays")
                .isEqualTo("Waiting one");
    }

    @Test
    void aReplyUnderACommentMarkedAsSpamStaysVisibleUnderTheThread() {
        var story = stories.article("Spam in the middle").in(section).publish();
        Http ada = trusted(accounts.create(Role.READER));
        Http ben = trusted(accounts.create(Role.READER));
        long root = idOf(post(ada, story.id(), null, "Root"));
        long middle = idOf(post(ben, story.id(), root, "Middle"));
        long reply = idOf(post(ada, story.id(), middle, "Reply to the middle"));
        Http editor = Http.signedIn(port, accounts.create(Role.EDITOR).email(), TestAccounts.PASSWORD);

        editor.post(
                "/newsroom/comments/moderate",
                Map.of("_csrf", editor.csrf(), "ids", String.valueOf(middle), "action", "spam"));

        Document page = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(page.select("#comment-" + middle)).isEmpty();
        assertThat(page.select("#comment-" + root + " > .comment-replies > #comment-" + reply))
                .hasSize(1);
        assertThat(page.select(".comment-count").text()).isEqualTo("2 comments");
        assertThat(page.select(".comment-teaser").text()).isEqualTo("Click to comment: 2 comments");
    }

    @Test
    void anEditorClosesAndReopensOneStorysCommentsFromTheQueue() {
        var story = stories.article("Heated story").in(section).publish();
        Http reader = trusted(accounts.create(Role.READER));
        post(reader, story.id(), null, "Before closing");
        Http editor = Http.signedIn(port, accounts.create(Role.EDITOR).email(), TestAccounts.PASSWORD);
        Document queue = Jsoup.parse(editor.get("/newsroom/comments?status=APPROVED&article=" + story.id())
                .body());
        assertThat(queue.select("form.story-comments button").text()).isEqualTo("Close comments on this story");

        var closed = editor.post(
                "/newsroom/comments/open",
                Map.of("_csrf", editor.csrf(), "article", String.valueOf(story.id()), "open", "false"));

        assertThat(closed.headers().firstValue("Location").orElseThrow()).contains("done=closed-1");
        Document page = Jsoup.parse(reader.get(story.path()).body());
        assertThat(page.select(".comments-closed").text()).isEqualTo("Comments are closed.");
        assertThat(page.select(".comment-body").text()).isEqualTo("Before closing");
        editor.post(
                "/newsroom/comments/open",
                Map.of("_csrf", editor.csrf(), "article", String.valueOf(story.id()), "open", "true"));
        assertThat(Jsoup.parse(reader.get(story.path()).body()).select("form.comment-form"))
                .hasSize(1);
    }

    @Test
    void aDeletedAccountsCommentsStayUnderAFormerReader() {
        var story = stories.article("Remembered story").in(section).publish();
        Account reader = accounts.create(Role.READER);
        Http browser = trusted(reader);
        long id = idOf(post(browser, story.id(), null, "Words that outlive me"));

        browser.post("/account/delete", Map.of("_csrf", browser.csrf(), "password", TestAccounts.PASSWORD));

        Document page = Jsoup.parse(new Http(port).get(story.path()).body());
        assertThat(page.select("#comment-" + id + " .comment-author").text()).isEqualTo("a former reader");
        assertThat(page.select("#comment-" + id + " .comment-body").text()).isEqualTo("Words that outlive me");
    }

    @Test
    void twoThousandCommentsArePagedFiftyThreadsAtATime() {
        var story = stories.article("Viral story").in(section).publish();
        Account reader = accounts.create(Role.READER);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < 2000; i++) {
                jdbc.sql("""
                                INSERT INTO comments (article_id, author_id, depth, body_text, status, deleted, created_at, approved_at)
                                VALUES (:article, :author, 0, :text, 'APPROVED', FALSE, :at, :at)
                                """)
                        .param("article", story.id())
                        .param("author", reader.id())
                        .param("text", "Comment " + i)
                        .param("at", 1_000_000L + i)
                        .update();
            }
        });

        Document first = Jsoup.parse(new Http(port).get(story.path()).body());
        Document last =
                Jsoup.parse(new Http(port).get(story.path() + "?comments=40").body());

        assertThat(first.select(".comment-list > li")).hasSize(50);
        assertThat(first.select(".comment-count").text()).isEqualTo("2000 comments");
        assertThat(first.select(".comments .pagination a[rel=next]").attr("href"))
                .isEqualTo(story.path() + "?comments=2#comments");
        assertThat(last.select(".comment-list > li")
                        .last()
                        .select(".comment-body")
                        .text())
                .isEqualTo("Comment 1999");
        assertThat(new Http(port).get(story.path() + "?comments=41").statusCode())
                .isEqualTo(404);
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM comments WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Http trusted(Account reader) {
        return CommentForms.trusted(port, jdbc, stories, section, reader);
    }
}
