package news.bulletin.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.Section;
import news.bulletin.article.Sections;
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

/** Editors create, rename and merge tags; old tag addresses redirect to the tag that stands for them now. */
@SiteTest
class TagsAdminTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "tags-admin");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Sections sections;

    Http editor;
    TestArticles stories;
    Section section;

    @BeforeEach
    void setUp() {
        editor = Http.signedIn(
                port, new TestAccounts(context).create(Role.EDITOR).email(), TestAccounts.PASSWORD);
        stories = new TestArticles(context);
        section = stories.section("Tagged");
    }

    @Test
    void anEditorCreatesATagAndIsToldWhenTheNameIsTakenOrEmpty() {
        var created = editor.post("/newsroom/tags", Map.of("_csrf", editor.csrf(), "name", "Local Elections"));
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("done=created");
        assertThat(sections.findTagBySlug("local-elections")).isPresent();

        Document taken =
                Jsoup.parse(editor.post("/newsroom/tags", Map.of("_csrf", editor.csrf(), "name", "local elections"))
                        .body());
        assertThat(taken.select(".form-error").text()).contains("exists already");
        assertThat(taken.select("#name-0").attr("value")).isEqualTo("local elections");

        Document empty = Jsoup.parse(editor.post("/newsroom/tags", Map.of("_csrf", editor.csrf(), "name", "!!!"))
                .body());
        assertThat(empty.select(".form-error").text()).contains("letters or digits");
    }

    @Test
    void aRenamedTagsOldAddressRedirects() {
        var story = stories.article("Harbour story")
                .in(section)
                .tagged("Harbour Works")
                .publish();
        long id = sections.findTagBySlug("harbour-works").orElseThrow().id();

        editor.post("/newsroom/tags/" + id, Map.of("_csrf", editor.csrf(), "name", "Port Works"));

        var old = new Http(port).get("/tag/harbour-works");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/tag/port-works");
        assertThat(Jsoup.parse(new Http(port).get("/tag/port-works").body())
                        .select(".card-headline a")
                        .attr("href"))
                .isEqualTo(story.path());
    }

    @Test
    void mergingMovesEveryStoryToTheKeptTagAndRedirectsTheOther() {
        stories.article("Only A").in(section).tagged("Tram Lines").published();
        stories.article("Only B").in(section).tagged("Trams").published();
        stories.article("Both").in(section).tagged("Tram Lines", "Trams").published();
        long tramLines = sections.findTagBySlug("tram-lines").orElseThrow().id();

        Document unknown = Jsoup.parse(editor.post(
                        "/newsroom/tags/" + tramLines + "/merge", Map.of("_csrf", editor.csrf(), "into", "no-such-tag"))
                .body());
        assertThat(unknown.select(".form-error").text()).contains("There is no tag with the slug \"no-such-tag\".");

        var merged =
                editor.post("/newsroom/tags/" + tramLines + "/merge", Map.of("_csrf", editor.csrf(), "into", "trams"));

        assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith("done=merged");
        assertThat(sections.findTagBySlug("tram-lines")).isEmpty();
        assertThat(new Http(port)
                        .get("/tag/tram-lines")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/tag/trams");
        assertThat(Jsoup.parse(new Http(port).get("/tag/trams").body())
                        .select(".card-headline")
                        .eachText())
                .containsExactlyInAnyOrder("Only A", "Only B", "Both");
    }
}
