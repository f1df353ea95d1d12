package news.bulletin.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Guessing passwords stops working quickly, per account and per client address, and says so. */
@SiteTest
class SignInLimitsTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "sign-in-limits");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void fiveWrongPasswordsLockTheAccountAndTwentyLockTheAddress() {
        var accounts = new TestAccounts(context);
        Account ada = accounts.create(Role.READER);
        Account ben = accounts.create(Role.READER);
        Account cy = accounts.create(Role.READER);

        for (int i = 0; i < 5; i++) {
            assertThat(signIn(ada.email(), "wrong guess " + i)).endsWith("/login?error");
        }
        assertThat(signIn(ada.email(), TestAccounts.PASSWORD)).endsWith("/login?throttled");
        assertThat(signIn(ben.email(), TestAccounts.PASSWORD))
                .as("other accounts still work")
                .endsWith("/");

        for (int i = 0; i < 15; i++) {
            assertThat(signIn("unknown" + i + "@example.com", "guess")).endsWith("/login?error");
        }
        assertThat(signIn(cy.email(), TestAccounts.PASSWORD)).endsWith("/login?throttled");

        var page = Jsoup.parse(new Http(port).get("/login?throttled").body());
        assertThat(page.select(".form-error").text()).startsWith("Too many failed sign-ins.");
    }

    private String signIn(String email, String password) {
        Http browser = new Http(port);
        var login = browser.get("/login");
        return browser.post("/login", Map.of("_csrf", Http.csrfToken(login), "email", email, "password", password))
                .headers()
                .firstValue("Location")
                .orElseThrow();
    }
}
