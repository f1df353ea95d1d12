package news.bulletin.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.TestArticles;
import news.bulletin.media.MediaLibrary;
import news.bulletin.media.TestImages;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Administrators invite staff, edit author pages and change the site settings; every change is audited. */
@SiteTest
class PeopleAndSettingsTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "people-settings");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anInvitedEditorChoosesAPasswordFromTheMailAndSignsInWithTheRole() {
        Http admin = signIn(Role.ADMIN);
        String address = "new.editor." + System.nanoTime() + "@example.org";

        Document refused = Jsoup.parse(admin.post(
                        "/newsroom/people/invite",
                        Map.of(
                                "_csrf",
                                admin.csrf(),
                                "name",
                                "Nadia Okafor",
                                "email",
                                "not-an-address",
                                "role",
                                "EDITOR"))
                .body());
        assertThat(refused.select("#email-error").text()).contains("Give an email address");
        assertThat(refused.select("#name").val()).isEqualTo("Nadia Okafor");
        assertThat(refused.select("#invite-role option[selected]").val()).isEqualTo("EDITOR");

        var sent = admin.post(
                "/newsroom/people/invite",
                Map.of("_csrf", admin.csrf(), "name", "Nadia Okafor", "email", address, "role", "EDITOR"));
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/people?invited");
        String mail = jdbc.sql("SELECT body FROM outbox_mail WHERE recipient = :to")
                .param("to", address)
                .query(String.class)
                .single();
        assertThat(mail).contains("as an editor");
        String link = mail.replaceAll("(?s).*?(/password/reset\\?token=[A-Za-z0-9_-]+).*", "$1");

        Http invitee = new Http(port);
        var form = invitee.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        var chosen = invitee.post(
                "/password/reset",
                Map.of(
                        "_csrf",
                        Http.csrfToken(form),
                        "token",
                        link.substring(link.indexOf('=') + 1),
                        "password",
                        "a long new editor password",
                        "confirm",
                        "a long new editor password"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        Http editor = Http.signedIn(port, address, "a long new editor password");
        assertThat(editor.get("/newsroom/comments").statusCode())
                .as("the invited role")
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE action = 'account.invited'")
                        .query(Long.class)
                        .single())
                .isOne();

        Http author = signIn(Role.AUTHOR);
        assertThat(author.post(
                                "/newsroom/people/invite",
                                Map.of("_csrf", author.csrf(), "name", "X", "email", "x@example.org", "role", "ADMIN"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAdministratorGivesAnAuthorABioAndAPhotoShownOnTheAuthorPage() {
        Http admin = signIn(Role.ADMIN);
        var writer = new TestArticles(context).writer("Iris Lindqvist");
        var photo = context.getBean(MediaLibrary.class).upload("iris.jpg", TestImages.jpeg(600, 600), null);
        context.getBean(MediaLibrary.class).describe(photo.id(), "Iris Lindqvist smiling", "", "");

        assertThat(Jsoup.parse(admin.get("/newsroom/people").body())
                        .select("a[href=/newsroom/people/" + writer.id() + "/profile]"))
                .hasSize(1);
        var saved = admin.post(
                "/newsroom/people/" + writer.id() + "/profile",
                Map.of(
                        "_csrf",
                        admin.csrf(),
                        "bio",
                        "Iris covers climate science.",
                        "photo",
                        String.valueOf(photo.id())));
        assertThat(saved.statusCode()).isEqualTo(302);

        Document page = Jsoup.parse(new Http(port).get(writer.path()).body());
        assertThat(page.select(".archive-description").text()).isEqualTo("Iris covers climate science.");
        assertThat(page.select("img.portrait").attr("alt")).isEqualTo("Iris Lindqvist smiling");

        var inUse = admin.post("/newsroom/media/" + photo.id() + "/delete", Map.of("_csrf", admin.csrf()));
        assertThat(inUse.statusCode()).as("an author's photo is in use").isEqualTo(409);
        assertThat(jdbc.sql("SELECT action FROM audit_events WHERE subject = :s")
                        .param("s", "person:" + writer.id())
                        .query(String.class)
                        .list())
                .containsExactly("person.profile");
    }

    @Test
    void settingsChangeTheSiteAreAuditedAndABadValueIsRefusedWithEverythingKept() {
        Http admin = signIn(Role.ADMIN);
        var section = new TestArticles(context).section("Culture");
        for (int i = 0; i < 6; i++) {
            new TestArticles(context).article("Review " + i).in(section).publish();
        }

        Document refused =
                Jsoup.parse(admin.post("/newsroom/settings", settings(admin, "Evening Post", "ftp://nowhere", "3", "2"))
                        .body());
        assertThat(refused.select("#base-url-error").text()).contains("http:// or https://");
        assertThat(refused.select("#stories-per-page-error").text()).contains("from 5 to 100");
        assertThat(refused.select("#site-name").val()).isEqualTo("Evening Post");
        assertThat(Jsoup.parse(new Http(port).get("/").body())
                        .select(".masthead .brand")
                        .text())
                .isEqualTo("Bulletin");

        var saved = admin.post(
                "/newsroom/settings", settings(admin, "Evening Post", "https://news.example.org/", "5", "1"));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/settings?done");

        Document home = Jsoup.parse(new Http(port).get("/").body());
        assertThat(home.select(".masthead .brand").text()).isEqualTo("Evening Post");
        assertThat(home.select(".tagline").text()).isEqualTo("Read it first");
        Document sectionPage = Jsoup.parse(new Http(port).get(section.path()).body());
        assertThat(sectionPage.select(".archive-list .card")).hasSize(5);
        var story = new TestArticles(context).article("Address check").publish();
        assertThat(Jsoup.parse(new Http(port).get(story.path()).body())
                        .select("link[rel=canonical]")
                        .attr("href"))
                .isEqualTo("https://news.example.org" + story.path());

        List<String> changed = jdbc.sql("SELECT subject FROM audit_events WHERE action = 'setting.changed' ORDER BY id")
                .query(String.class)
                .list();
        assertThat(changed)
                .contains(
                        "setting:site-name",
                        "setting:tagline",
                        "setting:base-url",
                        "setting:stories-per-page",
                        "setting:comment-links-before-hold",
                        "setting:comment-blocked-words");
        assertThat(jdbc.sql(
                                "SELECT value_before || ' -> ' || value_after FROM audit_events WHERE subject = 'setting:site-name'")
                        .query(String.class)
                        .single())
                .isEqualTo("Bulletin -> Evening Post");

        Http editor = signIn(Role.EDITOR);
        assertThat(editor.get("/newsroom/settings").statusCode()).isEqualTo(403);
    }

    private static List<Map.Entry<String, String>> settings(
            Http admin, String name, String baseUrl, String perPage, String links) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("_csrf", admin.csrf()));
        fields.add(Map.entry("site-name", name));
        fields.add(Map.entry("tagline", "Read it first"));
        fields.add(Map.entry("description", "An evening paper."));
        fields.add(Map.entry("base-url", baseUrl));
        fields.add(Map.entry("logo", ""));
        fields.add(Map.entry("stories-per-page", perPage));
        fields.add(Map.entry("feed-content", "summary"));
        fields.add(Map.entry("comments-close-after-days", "14"));
        fields.add(Map.entry("comment-links-before-hold", links));
        fields.add(Map.entry("comment-blocked-words", "casino\nfree money"));
        return fields;
    }

    private Http signIn(Role role) {
        Account account = new TestAccounts(context).create(role);
        return Http.signedIn(port, account.email(), TestAccounts.PASSWORD);
    }
}
