package news.bulletin.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import news.bulletin.account.OwnerSetup;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The one-time set-up link creates the owner's administrator account, once, and then stops working. */
@SiteTest
class OwnerSetupTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "setup");
        registry.add("bulletin.sample-content", () -> "false");
    }

    /** Longer than BCrypt's 72 bytes, and not ASCII: both must work. */
    private static final String PASSPHRASE =
            "l’été à Zürich — a passphrase well past seventy-two bytes, as NIST allows";

    @LocalServerPort
    int port;

    @Autowired
    OwnerSetup setup;

    @Test
    void theOwnerCreatesTheFirstAdministratorOnceAndSignsIn() {
        String link = setup.setupLink();
        assertThat(link).startsWith("http://localhost:8080/setup/");
        String path = URI.create(link).getPath();
        Http owner = new Http(port);

        assertThat(owner.get("/setup/not-the-token").statusCode()).isEqualTo(404);

        var form = owner.get(path);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(owner.post(path, Map.of("name", "Olu", "email", "olu@example.com"))
                        .statusCode())
                .as("a post without the CSRF token is refused")
                .isEqualTo(403);

        var rejected = owner.post(
                path,
                Map.of(
                        "_csrf", Http.csrfToken(form),
                        "name", "",
                        "email", "olu@example.com",
                        "password", "short",
                        "confirmPassword", "different"));
        Document page = Jsoup.parse(rejected.body());
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(page.select("#name-error").text()).contains("Enter your name.");
        assertThat(page.select("#password-error").text()).contains("Use between 10 and 128 characters.");
        assertThat(page.select("#confirmPassword-error").text()).contains("The two passwords differ.");
        assertThat(page.select("#email").attr("value")).isEqualTo("olu@example.com");
        assertThat(page.select("#password").attr("value")).isEmpty();

        var created = owner.post(
                path,
                Map.of(
                        "_csrf",
                        Http.csrfToken(rejected),
                        "name",
                        "Olu Adeyemi",
                        "email",
                        "Olu@Example.com",
                        "password",
                        PASSPHRASE,
                        "confirmPassword",
                        PASSPHRASE));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login?welcome");
        assertThat(owner.get(path).statusCode()).as("the link works only once").isEqualTo(404);
        assertThat(setup.setupLink()).isNull();

        Http visitor = new Http(port);
        var login = visitor.get("/login?welcome");
        String sessionBefore = visitor.cookies().get("JSESSIONID");
        var signedIn = visitor.post(
                "/login", Map.of("_csrf", Http.csrfToken(login), "email", "olu@example.com", "password", PASSPHRASE));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(visitor.cookies().get("JSESSIONID"))
                .as("the session id changes at sign-in")
                .isNotEqualTo(sessionBefore);
        assertThat(Jsoup.parse(visitor.get("/").body()).select(".viewer").text())
                .isEqualTo("Olu Adeyemi");
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhetherTheAccountExists() {
        Http visitor = new Http(port);
        var login = visitor.get("/login");

        var refused = visitor.post(
                "/login",
                Map.of("_csrf", Http.csrfToken(login), "email", "nobody@example.com", "password", "whatever123"));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(Jsoup.parse(visitor.get("/login?error").body())
                        .select(".form-error")
                        .text())
                .isEqualTo("That email and password did not match an account. Check them and try again.");
    }
}
