package news.bulletin.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
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

/**
 * Readers sign up, confirm their address, reset a forgotten password and manage their account,
 * with every mail delivered to a real SMTP server (GreenMail) and every link followed.
 */
@SiteTest
class ReaderAccountTests {
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "reader-accounts");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
    }

    @Test
    void aReaderRegistersConfirmsTheAddressIsSignedInAndComesBackToTheStory() throws Exception {
        Http reader = new Http(port);
        String story = "/2026/11/28/some-story#comments";
        var form = reader.get("/register?return=" + story.replace("#", "%23"));
        assertThat(Jsoup.parse(form.body()).select("input[name=returnTo]").attr("value"))
                .isEqualTo(story);

        var registered = reader.post(
                "/register",
                Map.of(
                        "_csrf",
                        Http.csrfToken(form),
                        "name",
                        "Ada Reader",
                        "email",
                        "ada.reader@example.com",
                        "password",
                        TestAccounts.PASSWORD,
                        "website",
                        "",
                        "returnTo",
                        story));

        assertThat(registered.statusCode()).isEqualTo(302);
        assertThat(registered.headers().firstValue("Location").orElseThrow()).endsWith("/register/sent");
        assertThat(Jsoup.parse(reader.get("/register/sent").body()).select("h1").text())
                .isEqualTo("Check your email");
        assertThat(reader.get("/account").statusCode())
                .as("not signed in before confirming")
                .isEqualTo(302);

        MimeMessage mail = onlyMailTo("ada.reader@example.com");
        assertThat(mail.getSubject()).isEqualTo("Confirm your email address for Bulletin");
        String link = Mails.firstLinkPath(mail);
        assertThat(Jsoup.parse(reader.get(link).body()).select("h1").text())
                .as("opening the link alone changes nothing")
                .isEqualTo("Confirm your address");
        var confirmed = reader.confirm(link);

        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(URLDecoder.decode(confirmed.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8))
                .endsWith(story);
        assertThat(Jsoup.parse(reader.get("/account").body()).select(".notice").text())
                .doesNotContain("not confirmed");

        var reused = reader.post(
                "/account/verify",
                Map.of("_csrf", reader.csrf(), "token", link.replaceAll(".*token=([^&]+).*", "$1"), "return", "/"));
        assertThat(Jsoup.parse(reused.body()).select("h1").text()).isEqualTo("This link has been used already");
        assertThat(Jsoup.parse(reused.body()).select("form[action=/account/verify/resend]"))
                .hasSize(1);
    }

    @Test
    void aRejectedSignUpKeepsWhatWasTypedAndNamesEachProblem() throws Exception {
        Http visitor = new Http(port);
        var form = visitor.get("/register");

        var rejected = visitor.post(
                "/register",
                Map.of(
                        "_csrf",
                        Http.csrfToken(form),
                        "name",
                        "Bo",
                        "email",
                        "not-an-address",
                        "password",
                        "1234567890"));
        Document page = Jsoup.parse(rejected.body());

        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(page.select("#email-error").text()).contains("Enter an email address like name@example.com.");
        assertThat(page.select("#password-error").text()).contains("most common");
        assertThat(page.select("#name").attr("value")).isEqualTo("Bo");
        assertThat(page.select("#email").attr("value")).isEqualTo("not-an-address");
        assertThat(page.select("#password").attr("value")).isEmpty();

        var tooShort = visitor.post(
                "/register",
                Map.of(
                        "_csrf",
                        Http.csrfToken(rejected),
                        "name",
                        "Bo",
                        "email",
                        "bo@example.com",
                        "password",
                        "short"));
        assertThat(Jsoup.parse(tooShort.body()).select("#password-error").text())
                .contains("at least 10 characters");
        assertThat(count("SELECT COUNT(*) FROM people WHERE email = 'bo@example.com'"))
                .isZero();
    }

    @Test
    void signingUpWithATakenAddressLooksTheSameButMailsItsOwnerInstead() throws Exception {
        Account existing = accounts.create(Role.READER);
        Http visitor = new Http(port);
        var form = visitor.get("/register");

        var answer = visitor.post(
                "/register",
                Map.of(
                        "_csrf",
                        Http.csrfToken(form),
                        "name",
                        "Impostor",
                        "email",
                        existing.email().toUpperCase(),
                        "password",
                        "a different long passphrase"));

        Http newcomer = new Http(port);
        var fresh = newcomer.post(
                "/register",
                Map.of(
                        "_csrf", Http.csrfToken(newcomer.get("/register")),
                        "name", "Newcomer",
                        "email", "newcomer@example.com",
                        "password", "a different long passphrase"));
        assertThat(answer.statusCode()).isEqualTo(fresh.statusCode());
        assertThat(answer.headers().firstValue("Location"))
                .isEqualTo(fresh.headers().firstValue("Location"));
        assertThat(answer.headers().allValues("Set-Cookie"))
                .isEqualTo(fresh.headers().allValues("Set-Cookie"));
        assertThat(visitor.get("/account").headers().firstValue("Location").orElseThrow())
                .as("not signed in")
                .endsWith("/login");
        assertThat(onlyMailTo(existing.email()).getSubject()).startsWith("Someone tried to register");
    }

    @Test
    void theHoneypotQuietlyStopsBots() throws Exception {
        Http bot = new Http(port);
        var form = bot.get("/register");

        var answer = bot.post(
                "/register",
                Map.of(
                        "_csrf", Http.csrfToken(form),
                        "name", "Bot",
                        "email", "bot@example.com",
                        "password", TestAccounts.PASSWORD,
                        "website", "http://spam.example"));

        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/register/sent");
        assertThat(count("SELECT COUNT(*) FROM people WHERE email = 'bot@example.com'"))
                .isZero();
        assertThat(Mails.to(SMTP.getReceivedMessages(), "bot@example.com")).isEmpty();
    }

    @Test
    void anExpiredConfirmationLinkSaysSoAndOffersANewOne() throws Exception {
        Http reader = new Http(port);
        var form = reader.get("/register");
        reader.post(
                "/register",
                Map.of(
                        "_csrf",
                        Http.csrfToken(form),
                        "name",
                        "Late Reader",
                        "email",
                        "late@example.com",
                        "password",
                        TestAccounts.PASSWORD));
        String link = Mails.firstLinkPath(onlyMailTo("late@example.com"));
        jdbc.sql("UPDATE account_tokens SET expires_at = 0").update();

        Document signedOut = Jsoup.parse(reader.get(link).body());
        assertThat(signedOut.select("h1").text()).isEqualTo("This link has expired");
        assertThat(signedOut.select("a[href='/login?return=/account']")).hasSize(1);

        Http signedIn = Http.signedIn(port, "late@example.com", TestAccounts.PASSWORD);
        Document page = Jsoup.parse(signedIn.get(link).body());
        assertThat(page.select("form[action=/account/verify/resend]")).hasSize(1);
        var resend = signedIn.post("/account/verify/resend", Map.of("_csrf", signedIn.csrf()));
        assertThat(resend.headers().firstValue("Location").orElseThrow()).endsWith("/register/sent");
        assertThat(Mails.to(SMTP.getReceivedMessages(), "late@example.com")).hasSize(2);
    }

    @Test
    void aForgottenPasswordIsResetThroughAOneTimeLink() throws Exception {
        Account reader = accounts.create(Role.READER);
        Http visitor = new Http(port);
        var form = visitor.get("/password/forgot");

        var known = visitor.post("/password/forgot", Map.of("_csrf", Http.csrfToken(form), "email", reader.email()));
        var unknown =
                visitor.post("/password/forgot", Map.of("_csrf", Http.csrfToken(form), "email", "nobody@example.com"));

        assertThat(known.headers().firstValue("Location"))
                .isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(Mails.to(SMTP.getReceivedMessages(), "nobody@example.com")).isEmpty();
        String link = Mails.firstLinkPath(onlyMailTo(reader.email()));
        var resetForm = visitor.get(link);
        assertThat(resetForm.statusCode()).isEqualTo(200);
        String token = Jsoup.parse(resetForm.body()).select("input[name=token]").attr("value");

        var weak = visitor.post(
                "/password/reset",
                Map.of("_csrf", Http.csrfToken(resetForm), "token", token, "password", "password123"));
        assertThat(Jsoup.parse(weak.body()).select("#password-error").text()).contains("most common");

        var saved = visitor.post(
                "/password/reset",
                Map.of("_csrf", Http.csrfToken(resetForm), "token", token, "password", "a brand new passphrase"));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/login?reset");
        assertThat(signIn(new Http(port), reader.email(), "a brand new passphrase"))
                .endsWith("/");
        assertThat(signIn(new Http(port), reader.email(), TestAccounts.PASSWORD))
                .endsWith("/login?error");
        assertThat(Jsoup.parse(visitor.get(link).body()).select("h1").text())
                .isEqualTo("This link has been used already");
    }

    @Test
    void signInReturnsOnlyToPathsOnThisSite() throws Exception {
        Account reader = accounts.create(Role.READER);

        assertThat(signIn(new Http(port), reader.email(), TestAccounts.PASSWORD, "/section/world"))
                .endsWith("/section/world");
        for (String hostile :
                List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            String location = signIn(new Http(port), reader.email(), TestAccounts.PASSWORD, hostile);
            assertThat(location).as(hostile).doesNotContain("evil.example").doesNotContain("javascript");
        }
    }

    @Test
    void sessionCookiesAreHttpOnlyAndLaxAndRememberMeKeepsAReaderSignedIn() throws Exception {
        Account reader = accounts.create(Role.READER);
        Http browser = new Http(port);
        var login = browser.get("/login");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));

        var signedIn = browser.post(
                "/login",
                Map.of(
                        "_csrf",
                        Http.csrfToken(login),
                        "email",
                        reader.email(),
                        "password",
                        TestAccounts.PASSWORD,
                        "remember",
                        "true"));
        String rememberMe = rememberMeCookie(signedIn);
        assertThat(rememberMe).containsIgnoringCase("HttpOnly");

        Http nextWeek = new Http(port);
        var account = nextWeek.get("/account", "Cookie", rememberMe.split(";", 2)[0]);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(account.body()).select("h1").text()).isEqualTo("Your account");

        var signedOut = browser.post("/logout", Map.of("_csrf", browser.csrf()));
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(browser.get("/account").statusCode()).as("signed out").isEqualTo(302);
        assertThat(browser.get("/logout").statusCode())
                .as("signing out takes a POST")
                .isEqualTo(404);
        assertThat(new Http(port)
                        .get("/account", "Cookie", rememberMe.split(";", 2)[0])
                        .statusCode())
                .as("signing out forgets the remembered login")
                .isEqualTo(302);
    }

    @Test
    void readersChangeTheirNameAddressAndPasswordAndCanDeleteTheirAccount() throws Exception {
        Account reader = accounts.create(Role.READER);
        Http browser = new Http(port);
        signIn(browser, reader.email(), TestAccounts.PASSWORD);
        var page = browser.get("/account");

        assertThat(browser.post("/account/name", Map.of("_csrf", Http.csrfToken(page), "name", "New Name"))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/account?saved=name");
        assertThat(Jsoup.parse(browser.get("/").body()).select(".viewer").text())
                .isEqualTo("New Name");

        assertThat(Jsoup.parse(page.body()).select("#notifyReplies").hasAttr("checked"))
                .isTrue();
        browser.post("/account/notifications", Map.of("_csrf", Http.csrfToken(page)));
        assertThat(Jsoup.parse(browser.get("/account").body())
                        .select("#notifyReplies")
                        .hasAttr("checked"))
                .as("unticking the box stops reply mails")
                .isFalse();
        assertThat(count("SELECT COUNT(*) FROM people WHERE id = " + reader.id() + " AND notify_replies = FALSE"))
                .isEqualTo(1);

        var wrongCurrent = browser.post(
                "/account/password",
                Map.of(
                        "_csrf",
                        Http.csrfToken(page),
                        "currentPassword",
                        "not it at all",
                        "newPassword",
                        "another fine passphrase"));
        assertThat(Jsoup.parse(wrongCurrent.body())
                        .select("#currentPassword-error")
                        .text())
                .isEqualTo("Error: That is not your current password.");

        browser.post("/account/email", Map.of("_csrf", Http.csrfToken(page), "email", "moved@example.com"));
        assertThat(onlyMailTo(reader.email()).getSubject()).contains("is being changed");
        browser.confirm(Mails.firstLinkPath(onlyMailTo("moved@example.com")));
        assertThat(count("SELECT COUNT(*) FROM people WHERE email = 'moved@example.com'"))
                .isEqualTo(1);

        var deleted = browser.post(
                "/account/delete", Map.of("_csrf", Http.csrfToken(page), "password", TestAccounts.PASSWORD));
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/?account-deleted");
        assertThat(signIn(new Http(port), "moved@example.com", TestAccounts.PASSWORD))
                .endsWith("/login?error");
        assertThat(count("SELECT COUNT(*) FROM people WHERE id = " + reader.id() + " AND name = '' AND email IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void onlyAdministratorsManagePeopleAndTheLastAdministratorStays() throws Exception {
        Account admin = accounts.create(Role.ADMIN);
        Account reader = accounts.create(Role.READER);
        Http adminBrowser = new Http(port);
        signIn(adminBrowser, admin.email(), TestAccounts.PASSWORD);
        Http readerBrowser = new Http(port);
        signIn(readerBrowser, reader.email(), TestAccounts.PASSWORD);

        assertThat(readerBrowser.get("/newsroom/people").statusCode()).isEqualTo(403);
        var list = adminBrowser.get("/newsroom/people");
        assertThat(list.statusCode()).isEqualTo(200);

        adminBrowser.post(
                "/newsroom/people/" + reader.id() + "/role", Map.of("_csrf", Http.csrfToken(list), "role", "AUTHOR"));
        assertThat(count("SELECT COUNT(*) FROM people WHERE id = " + reader.id() + " AND role = 'AUTHOR'"))
                .isEqualTo(1);
        adminBrowser.post(
                "/newsroom/people/" + reader.id() + "/enabled",
                Map.of("_csrf", Http.csrfToken(list), "enabled", "false"));
        assertThat(signIn(new Http(port), reader.email(), TestAccounts.PASSWORD))
                .endsWith("/login?error");

        jdbc.sql("UPDATE people SET role = 'EDITOR' WHERE role = 'ADMIN' AND id <> :id")
                .param("id", admin.id())
                .update();
        var refused = adminBrowser.post(
                "/newsroom/people/" + admin.id() + "/role", Map.of("_csrf", Http.csrfToken(list), "role", "READER"));
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/people?refused");
        assertThat(count("SELECT COUNT(*) FROM people WHERE id = " + admin.id() + " AND role = 'ADMIN'"))
                .isEqualTo(1);
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndForgetsRememberedLogins() {
        Account reader = accounts.create(Role.READER);
        Http laptop = Http.signedIn(port, reader.email(), TestAccounts.PASSWORD);
        Http phone = new Http(port);
        var login = phone.get("/login");
        var remembered = phone.post(
                "/login",
                Map.of(
                        "_csrf",
                        Http.csrfToken(login),
                        "email",
                        reader.email(),
                        "password",
                        TestAccounts.PASSWORD,
                        "remember",
                        "true"));
        String rememberMe = rememberMeCookie(remembered).split(";", 2)[0];

        var changed = laptop.post(
                "/account/password",
                Map.of(
                        "_csrf",
                        laptop.csrf(),
                        "currentPassword",
                        TestAccounts.PASSWORD,
                        "newPassword",
                        "an entirely new passphrase"));

        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/account?saved=password");
        assertThat(laptop.get("/account").statusCode())
                .as("the session that changed it stays")
                .isEqualTo(200);
        assertThat(phone.get("/account").statusCode()).as("other sessions end").isEqualTo(302);
        assertThat(new Http(port).get("/account", "Cookie", rememberMe).statusCode())
                .as("remembered logins are forgotten")
                .isEqualTo(302);
    }

    @Test
    void aDisabledReaderIsSignedOutAtOnceAndADemotedEditorStopsModerating() {
        Account admin = accounts.create(Role.ADMIN);
        Account reader = accounts.create(Role.READER);
        Account editor = accounts.create(Role.EDITOR);
        Http adminBrowser = Http.signedIn(port, admin.email(), TestAccounts.PASSWORD);
        Http readerBrowser = Http.signedIn(port, reader.email(), TestAccounts.PASSWORD);
        Http editorBrowser = Http.signedIn(port, editor.email(), TestAccounts.PASSWORD);
        assertThat(editorBrowser.get("/newsroom/comments").statusCode()).isEqualTo(200);

        adminBrowser.post(
                "/newsroom/people/" + reader.id() + "/enabled",
                Map.of("_csrf", adminBrowser.csrf(), "enabled", "false"));
        adminBrowser.post(
                "/newsroom/people/" + editor.id() + "/role", Map.of("_csrf", adminBrowser.csrf(), "role", "READER"));

        assertThat(readerBrowser.get("/account").statusCode()).isEqualTo(302);
        assertThat(editorBrowser.get("/newsroom/comments").statusCode()).isEqualTo(403);
    }

    @Test
    void theLastAdministratorCannotDeleteTheirAccount() {
        jdbc.sql("UPDATE people SET role = 'EDITOR' WHERE role = 'ADMIN'").update();
        Account admin = accounts.create(Role.ADMIN);
        Http browser = Http.signedIn(port, admin.email(), TestAccounts.PASSWORD);

        var refused =
                browser.post("/account/delete", Map.of("_csrf", browser.csrf(), "password", TestAccounts.PASSWORD));

        assertThat(Jsoup.parse(refused.body()).select("#password-error").text()).contains("only administrator");
        assertThat(count("SELECT COUNT(*) FROM people WHERE id = " + admin.id() + " AND deleted_at IS NULL"))
                .isEqualTo(1);
    }

    private String signIn(Http browser, String email, String password) {
        return signIn(browser, email, password, null);
    }

    private String signIn(Http browser, String email, String password, String returnTo) {
        var login = browser.get("/login");
        var form =
                new java.util.HashMap<>(Map.of("_csrf", Http.csrfToken(login), "email", email, "password", password));
        if (returnTo != null) {
            form.put("return", returnTo);
        }
        return browser.post("/login", form).headers().firstValue("Location").orElseThrow();
    }

    private static String rememberMeCookie(java.net.http.HttpResponse<String> signIn) {
        return signIn.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("remember-me="))
                .findFirst()
                .orElseThrow();
    }

    private MimeMessage onlyMailTo(String address) {
        SMTP.waitForIncomingEmail(5_000, 1);
        List<MimeMessage> mails = Mails.to(SMTP.getReceivedMessages(), address);
        assertThat(mails).as("mails to " + address).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
