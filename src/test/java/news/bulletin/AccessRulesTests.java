package news.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Who may open which page and take which comment action, one cell per role: the tables below are
 * the rules, and each row is checked for an anonymous visitor and for every role.
 */
@SiteTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "access-rules");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final Map<Role, Http> browsers = new EnumMap<>(Role.class);

    @BeforeAll
    void signInOnePersonPerRole() {
        var accounts = new TestAccounts(context);
        for (Role role : Role.values()) {
            Account account = accounts.create(role);
            Http browser = new Http(port);
            var login = browser.get("/login");
            browser.post(
                    "/login",
                    Map.of(
                            "_csrf",
                            Http.csrfToken(login),
                            "email",
                            account.email(),
                            "password",
                            TestAccounts.PASSWORD));
            browsers.put(role, browser);
        }
    }

    /** Columns: page, then the status for anonymous, READER, CONTRIBUTOR, AUTHOR, EDITOR, ADMIN. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/,                 200, 200, 200, 200, 200, 200",
        "/login,            200, 200, 200, 200, 200, 200",
        "/register,         200, 200, 200, 200, 200, 200",
        "/password/forgot,  200, 200, 200, 200, 200, 200",
        "/account,          302, 200, 200, 200, 200, 200",
        "/newsroom,         302, 403, 200, 200, 200, 200",
        "/newsroom/people,  302, 403, 403, 403, 403, 200",
        "/newsroom/outbox,  302, 403, 403, 403, 403, 200",
        "/newsroom/comments, 302, 403, 403, 403, 200, 200",
        "/newsroom/audit,   302, 403, 403, 403, 403, 200",
        "/newsroom/sections, 302, 403, 403, 403, 200, 200",
        "/newsroom/tags,    302, 403, 403, 403, 200, 200",
    })
    void eachRoleGetsExactlyWhatTheTableSays(
            String path, int anonymous, int reader, int contributor, int author, int editor, int admin) {
        assertThat(new Http(port).get(path).statusCode()).as("anonymous").isEqualTo(anonymous);
        Map<Role, Integer> expected = Map.of(
                Role.READER, reader,
                Role.CONTRIBUTOR, contributor,
                Role.AUTHOR, author,
                Role.EDITOR, editor,
                Role.ADMIN, admin);
        expected.forEach(
                (role, status) -> assertThat(browsers.get(role).get(path).statusCode())
                        .as(role.name())
                        .isEqualTo(status));
    }

    /**
     * Comment actions, one row per action: the status each role gets (302 is done and sent on, 403 is
     * refused). Everyone signed in and confirmed may comment; only editors and administrators moderate.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "post a comment,         302, 302, 302, 302, 302, 302",
        "approve a comment,      302, 403, 403, 403, 302, 302",
        "ban a reader,           302, 403, 403, 403, 302, 302",
        "edit another's comment, 302, 404, 404, 404, 404, 404",
        "delete another's comment, 302, 404, 404, 404, 404, 404",
        "change a role,          302, 403, 403, 403, 403, 302",
    })
    void eachRoleMayTakeExactlyTheCommentActionsTheTableSays(
            String action, int anonymous, int reader, int contributor, int author, int editor, int admin) {
        long story = new TestArticles(context).article("Access story").published();
        Map<Role, Integer> expected = Map.of(
                Role.READER, reader,
                Role.CONTRIBUTOR, contributor,
                Role.AUTHOR, author,
                Role.EDITOR, editor,
                Role.ADMIN, admin);
        Http visitor = new Http(port);
        assertThat(act(visitor, Http.csrfToken(visitor.get("/login")), action, story))
                .as("anonymous")
                .isEqualTo(anonymous);
        expected.forEach((role, status) -> {
            Http browser = browsers.get(role);
            assertThat(act(browser, browser.csrf(), action, story))
                    .as(role.name())
                    .isEqualTo(status);
        });
    }

    private long someoneElsesComment(long story, String status) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("""
                        INSERT INTO comments (article_id, author_id, depth, body_text, status, deleted, created_at, approved_at)
                        VALUES (:article, :author, 0, 'Not yours', :status, FALSE, :now, :now)
                        """)
                .param("article", story)
                .param("status", status)
                .param("author", new TestAccounts(context).create(Role.READER).id())
                .param("now", System.currentTimeMillis())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Takes the action and checks that it took effect exactly when it was allowed (302). */
    private int act(Http browser, String csrf, String action, long story) {
        var jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        switch (action) {
            case "post a comment" -> {
                return browser.post(
                                "/comments",
                                Map.of(
                                        "_csrf",
                                        csrf,
                                        "articleId",
                                        String.valueOf(story),
                                        "body",
                                        "From " + browser.hashCode()))
                        .statusCode();
            }
            case "approve a comment" -> {
                long comment = someoneElsesComment(story, "PENDING");
                int status = browser.post(
                                "/newsroom/comments/moderate",
                                Map.of("_csrf", csrf, "ids", String.valueOf(comment), "action", "approve"))
                        .statusCode();
                assertThat(column(jdbc, "status", comment))
                        .isEqualTo(status == 302 && !isAnonymous(browser) ? "APPROVED" : "PENDING");
                return status;
            }
            case "ban a reader" -> {
                long reader = new TestAccounts(context).create(Role.READER).id();
                int status = browser.post(
                                "/newsroom/comments/ban", Map.of("_csrf", csrf, "personId", String.valueOf(reader)))
                        .statusCode();
                long bans = jdbc.sql("SELECT COUNT(*) FROM comment_bans WHERE person_id = :p")
                        .param("p", reader)
                        .query(Long.class)
                        .single();
                assertThat(bans).isEqualTo(status == 302 && !isAnonymous(browser) ? 1 : 0);
                return status;
            }
            case "edit another's comment" -> {
                long comment = someoneElsesComment(story, "APPROVED");
                int status = browser.post("/comments/" + comment + "/edit", Map.of("_csrf", csrf, "body", "Mine now"))
                        .statusCode();
                assertThat(column(jdbc, "body_text", comment)).isEqualTo("Not yours");
                return status;
            }
            case "delete another's comment" -> {
                long comment = someoneElsesComment(story, "APPROVED");
                int status = browser.post(
                                "/comments/" + comment + "/delete",
                                Map.of("_csrf", csrf, "articleId", String.valueOf(story)))
                        .statusCode();
                assertThat(column(jdbc, "body_text", comment)).isEqualTo("Not yours");
                return status;
            }
            case "change a role" -> {
                Account someone = new TestAccounts(context).create(Role.READER);
                int status = browser.post(
                                "/newsroom/people/" + someone.id() + "/role", Map.of("_csrf", csrf, "role", "AUTHOR"))
                        .statusCode();
                String role = jdbc.sql("SELECT role FROM people WHERE id = :id")
                        .param("id", someone.id())
                        .query(String.class)
                        .single();
                assertThat(role).isEqualTo(status == 302 && !isAnonymous(browser) ? "AUTHOR" : "READER");
                return status;
            }
            default -> throw new IllegalArgumentException(action);
        }
    }

    private boolean isAnonymous(Http browser) {
        return !browsers.containsValue(browser);
    }

    private static String column(org.springframework.jdbc.core.simple.JdbcClient jdbc, String column, long comment) {
        return jdbc.sql("SELECT " + column + " FROM comments WHERE id = :id")
                .param("id", comment)
                .query(String.class)
                .single();
    }
}
