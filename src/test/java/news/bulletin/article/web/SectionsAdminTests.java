package news.bulletin.article.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Editors add, rename, describe and reorder sections; renamed sections keep their old address. */
@SiteTest
class SectionsAdminTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "sections-admin");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Http editor;

    @BeforeEach
    void signIn() {
        Account account = new TestAccounts(context).create(Role.EDITOR);
        editor = Http.signedIn(port, account.email(), TestAccounts.PASSWORD);
    }

    @Test
    void anEditorAddsASectionAtTheEndOfTheNavigation() {
        var added = editor.post(
                "/newsroom/sections",
                Map.of("_csrf", editor.csrf(), "name", "Sport", "slug", "sport", "description", "Games and players."));

        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/newsroom/sections?done=added");
        Document home = Jsoup.parse(new Http(port).get("/").body());
        assertThat(home.select(".section-nav a").last().text()).isEqualTo("Sport");
        assertThat(Jsoup.parse(new Http(port).get("/section/sport").body())
                        .select(".archive-description")
                        .text())
                .isEqualTo("Games and players.");
        assertThat(Jsoup.parse(editor.get("/").body()).select(".staff-bar a").eachText())
                .contains("Sections");
        long id = context.getBean(news.bulletin.article.Sections.class)
                .findBySlug("sport")
                .orElseThrow()
                .id();
        assertThat(context.getBean(news.bulletin.audit.AuditLog.class)
                        .search("section.added", "section:" + id, news.bulletin.shared.PageNumber.FIRST)
                        .totalItems())
                .as("audited under the section's id, like its later changes")
                .isEqualTo(1);
    }

    @Test
    void aRefusedSectionKeepsWhatWasTypedAndNamesEachProblem() {
        var refused = editor.post(
                "/newsroom/sections",
                Map.of("_csrf", editor.csrf(), "name", " ", "slug", "Not A Slug", "description", "Kept text"));
        Document page = Jsoup.parse(refused.body());

        assertThat(page.select("#name-0-error").text()).contains("Give the section a name");
        assertThat(page.select("#slug-0-error").text()).contains("Use lowercase letters");
        assertThat(page.select("#slug-0").attr("value")).isEqualTo("Not A Slug");
        assertThat(page.select("#description-0").text()).isEqualTo("Kept text");

        var duplicate = editor.post(
                "/newsroom/sections", Map.of("_csrf", editor.csrf(), "name", "Another world", "slug", "world"));
        assertThat(Jsoup.parse(duplicate.body()).select("#slug-0-error").text())
                .contains("Another section uses this slug");
    }

    @Test
    void aRenamedSectionsOldAddressRedirectsPermanently() {
        Section section = new TestArticles(context).section("Old name");
        String oldPath = section.path();

        var saved = editor.post(
                "/newsroom/sections/" + section.id(),
                Map.of(
                        "_csrf",
                        editor.csrf(),
                        "name",
                        "New name",
                        "slug",
                        "new-name-" + section.id(),
                        "description",
                        ""));

        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("done=changed");
        var moved = new Http(port).get(oldPath + "?page=1");
        assertThat(moved.statusCode()).isEqualTo(301);
        assertThat(moved.headers().firstValue("Location").orElseThrow())
                .endsWith("/section/new-name-" + section.id() + "?page=1");
        assertThat(Jsoup.parse(new Http(port)
                                .get("/section/new-name-" + section.id())
                                .body())
                        .select("h1")
                        .text())
                .isEqualTo("New name");
        assertThat(context.getBean(news.bulletin.audit.AuditLog.class)
                        .search("section.changed", "section:" + section.id(), news.bulletin.shared.PageNumber.FIRST)
                        .items())
                .singleElement()
                .satisfies(event -> assertThat(event.after()).isEqualTo("New name (new-name-" + section.id() + ")"));
    }

    @Test
    void movingASectionUpChangesTheNavigationOrder() {
        Document before = Jsoup.parse(new Http(port).get("/").body());
        var names = before.select(".section-nav a").eachText();
        String last = names.get(names.size() - 1);
        String secondLast = names.get(names.size() - 2);
        String lastId = Jsoup.parse(editor.get("/newsroom/sections").body())
                .select(".section-admin-list > li")
                .last()
                .id()
                .replace("section-", "");

        editor.post("/newsroom/sections/" + lastId + "/move", Map.of("_csrf", editor.csrf(), "direction", "earlier"));

        var after = Jsoup.parse(new Http(port).get("/").body())
                .select(".section-nav a")
                .eachText();
        assertThat(after.get(after.size() - 1)).isEqualTo(secondLast);
        assertThat(after.get(after.size() - 2)).isEqualTo(last);
    }
}
