package news.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
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
 * Who may open which account and newsroom page, one cell per role and page: the table below is
 * the rule, and each row is checked for an anonymous visitor and for every role.
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
        "/newsroom/people,  302, 403, 403, 403, 403, 200",
        "/newsroom/outbox,  302, 403, 403, 403, 403, 200",
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
}
