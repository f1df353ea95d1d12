package news.bulletin.mail;

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
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Without SMTP, mail lands in the dev outbox: logged, and listed for administrators only. */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class DevOutboxTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "outbox");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aPasswordResetMailIsLoggedAndListedForAdministrators(CapturedOutput output) {
        var accounts = new TestAccounts(context);
        Account reader = accounts.create(Role.READER);
        Account admin = accounts.create(Role.ADMIN);
        Http visitor = new Http(port);
        var form = visitor.get("/password/forgot");

        visitor.post("/password/forgot", Map.of("_csrf", Http.csrfToken(form), "email", reader.email()));

        assertThat(output.getAll())
                .contains("Dev outbox", "Choose a new password for Bulletin", "/password/reset?token=");
        Http adminBrowser = signedIn(admin);
        var outbox = Jsoup.parse(adminBrowser.get("/newsroom/outbox").body());
        assertThat(outbox.select(".outbox-mail h2").text()).contains("Choose a new password for Bulletin");
        assertThat(outbox.select(".outbox-mail pre").text()).contains("/password/reset?token=");
        assertThat(signedIn(reader).get("/newsroom/outbox").statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/newsroom/outbox").statusCode()).isEqualTo(302);
    }

    private Http signedIn(Account account) {
        Http browser = new Http(port);
        var login = browser.get("/login");
        browser.post(
                "/login",
                Map.of("_csrf", Http.csrfToken(login), "email", account.email(), "password", TestAccounts.PASSWORD));
        return browser;
    }
}
