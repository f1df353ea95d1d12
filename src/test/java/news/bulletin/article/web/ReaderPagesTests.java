package news.bulletin.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import news.bulletin.account.Person;
import news.bulletin.article.ArticleWorkflow;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article, section, tag and author pages as a reader's browser gets them from a real server. */
@SiteTest
class ReaderPagesTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "reader-pages");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    JdbcClient jdbc;

    Http http;
    TestArticles test;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        test = new TestArticles(context);
    }

    @Test
    void articlePageShowsTheWholeStoryAroundItsBody() {
        Section section = test.section("World");
        Person ada = test.writer("Ada Brandt");
        Person ben = test.writer("Ben Okoye");
        test.article("An older story")
                .in(section)
                .publishedAgo(Duration.ofHours(5))
                .published();
        var story = test.article("Glacier talks resume")
                .in(section)
                .by(ada, ben)
                .tagged("Climate", "Courts")
                .body("Opening paragraph.\n\n> We will talk.\n>\n> — A minister\n\n## What next\n\nMore text.")
                .publishedAgo(Duration.ofHours(3))
                .publish();
        test.article("A newer story")
                .in(section)
                .publishedAgo(Duration.ofHours(1))
                .published();

        var response = http.get(story.path());
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.select("h1"))
                .hasSize(1)
                .first()
                .extracting(e -> e.text())
                .isEqualTo("Glacier talks resume");
        assertThat(page.select(".story-header .section-label").attr("href")).isEqualTo(section.path());
        assertThat(page.select(".story-dek").text()).isEqualTo("The dek of Glacier talks resume.");
        assertThat(page.select(".story-byline a[rel=author]"))
                .extracting(e -> e.attr("href"))
                .containsExactly("/author/" + ada.slug(), "/author/" + ben.slug());
        assertThat(page.select(".story-times time").attr("datetime")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(page.select(".story-body figure blockquote").text()).isEqualTo("We will talk.");
        assertThat(page.select(".story-body h2").text()).isEqualTo("What next");
        assertThat(page.select(".story-tags a[rel=tag]"))
                .extracting(e -> e.attr("href"))
                .containsExactly("/tag/climate", "/tag/courts");
        assertThat(page.select(".share a"))
                .extracting(e -> e.attr("href"))
                .anyMatch(href -> href.startsWith("mailto:?subject=Glacier%20talks%20resume"))
                .anyMatch(href -> href.startsWith("https://x.com/intent/post?url=http"))
                .anyMatch(href -> href.startsWith("https://www.facebook.com/sharer/sharer.php?u="))
                .anyMatch(href -> href.startsWith("https://www.linkedin.com/sharing/share-offsite/?url="));
        assertThat(page.select(".story-end .end-headline").text()).isEqualTo("Glacier talks resume");
        assertThat(page.select(".neighbours a[rel=prev]").text()).contains("An older story");
        assertThat(page.select(".neighbours a[rel=next]").text()).contains("A newer story");
        assertThat(page.select("a.to-top").attr("href")).isEqualTo("#top");
        assertThat(page.getElementById("top")).isNotNull();
        assertThat(page.select("a.skip-link").attr("href")).isEqualTo("#content");
        assertThat(page.select("aside.sidebar .latest-list li")).isNotEmpty();
        assertThat(page.select("link[rel=canonical]").attr("href")).endsWith(story.path());
        assertThat(page.select("script[src]")).allMatch(s -> s.attr("src").startsWith("/assets/"));
    }

    @Test
    void heroImagesCarryTheirSizeAltTextCaptionAndCredit() {
        var response = http.get("/section/business");
        String firstStory =
                Jsoup.parse(response.body()).select(".card-headline a").first().attr("href");

        Document page = Jsoup.parse(http.get(firstStory).body());

        var hero = page.select("figure.hero img").first();
        assertThat(hero).isNotNull();
        assertThat(hero.attr("width")).isNotBlank();
        assertThat(hero.attr("height")).isNotBlank();
        assertThat(hero.attr("alt")).isNotBlank();
        assertThat(page.select("figure.hero figcaption").text()).isNotBlank();
        assertThat(page.select("figure.hero .credit").text()).isEqualTo("Illustration: Bulletin");
        assertThat(http.get(hero.attr("src")).statusCode()).isEqualTo(200);
    }

    @Test
    void imagesAreServedWithTheirSniffedTypeLengthAndALongCacheLife() {
        var image = http.get("/media/sample/harbour.jpg");

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(image.headers().firstValue("Content-Length")).isPresent();
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(http.get("/media/sample/harbour.svg").statusCode()).isEqualTo(404);
    }

    @Test
    void sectionPagesListTwentyStoriesAPageNewestFirstWithPrevAndNext() {
        Section section = test.section("Archive");
        for (int i = 1; i <= 25; i++) {
            test.article("Archive story " + i)
                    .in(section)
                    .publishedAgo(Duration.ofMinutes(200 - i))
                    .published();
        }

        Document first = Jsoup.parse(http.get(section.path()).body());
        Document second = Jsoup.parse(http.get(section.path() + "?page=2").body());

        assertThat(first.select("h1").text()).isEqualTo("Archive");
        assertThat(first.select(".archive-description").text()).isEqualTo("About Archive.");
        assertThat(first.select(".archive-list .card")).hasSize(20);
        assertThat(first.select(".archive-list .card-headline").first().text()).isEqualTo("Archive story 25");
        assertThat(first.select("link[rel=next]").attr("href")).isEqualTo(section.path() + "?page=2");
        assertThat(first.select("link[rel=prev]")).isEmpty();
        assertThat(second.select(".archive-list .card")).hasSize(5);
        assertThat(second.select("link[rel=prev]").attr("href")).isEqualTo(section.path());
        assertThat(second.select(".pagination a[rel=prev]")).hasSize(1);
        assertThat(second.select("link[rel=next]")).isEmpty();
    }

    @Test
    void aPagePastTheEndIsNotFoundAndANonNumericPageIsABadRequest() {
        Section section = test.section("Short");
        test.article("Only story").in(section).published();

        assertThat(http.get(section.path() + "?page=2").statusCode()).isEqualTo(404);
        assertThat(http.get(section.path() + "?page=two").statusCode()).isEqualTo(400);
        assertThat(http.get(section.path() + "?page=0").statusCode()).isEqualTo(400);
        assertThat(http.get(section.path() + "?page=-1").statusCode()).isEqualTo(400);
        assertThat(http.get(section.path() + "?page=99999999999").statusCode()).isEqualTo(400);
        test.article("Tagged once").in(section).tagged("Rare Topic").published();
        assertThat(http.get("/tag/rare-topic").statusCode()).isEqualTo(200);
        assertThat(http.get("/tag/rare-topic?page=2").statusCode()).isEqualTo(404);
        assertThat(http.get("/tag/rare-topic?page=500").statusCode()).isEqualTo(404);
    }

    @Test
    void tagAndAuthorPagesListTheirStories() {
        Section section = test.section("Tagged");
        Person writer = test.writer("Cora Lind");
        test.article("Tagged story")
                .in(section)
                .by(writer)
                .tagged("Unusual Topic")
                .published();

        Document tag = Jsoup.parse(http.get("/tag/unusual-topic").body());
        Document author = Jsoup.parse(http.get("/author/" + writer.slug()).body());

        assertThat(tag.select("h1").text()).isEqualTo("Unusual Topic");
        assertThat(tag.select(".archive-list .card-headline").text()).isEqualTo("Tagged story");
        assertThat(author.select("h1").text()).isEqualTo("Cora Lind");
        assertThat(author.select(".archive-description").text()).isEqualTo("Cora Lind writes for tests.");
        assertThat(author.select(".archive-list .card-headline").text()).isEqualTo("Tagged story");
    }

    @Test
    void aChangedSlugAnswersAPermanentRedirectFromTheOldAddress() {
        var story = test.article("Before the rename").in(test.section("Moves")).publish();
        workflow.changeSlug(story.id(), "after-the-rename");

        var response = http.get(story.path());

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith(story.path().substring(0, 12) + "after-the-rename");
        assertThat(http.get(story.path().substring(0, 12) + "after-the-rename").statusCode())
                .isEqualTo(200);
    }

    @Test
    void draftsScheduledAndUnpublishedStoriesAreNotFound() {
        Section section = test.section("Hidden");
        var draft = test.article("Draft story").in(section);
        draft.draft();
        var scheduled = test.article("Scheduled story").in(section).publish();
        jdbc.sql("UPDATE articles SET status = 'SCHEDULED' WHERE id = :id")
                .param("id", scheduled.id())
                .update();
        var withdrawn = test.article("Withdrawn story").in(section).publish();
        workflow.unpublish(withdrawn.id());

        assertThat(http.get(scheduled.path().substring(0, 12) + draft.slug()).statusCode())
                .isEqualTo(404);
        assertThat(http.get(scheduled.path()).statusCode()).isEqualTo(404);
        assertThat(http.get(withdrawn.path()).statusCode()).isEqualTo(404);
        assertThat(http.get(section.path()).body()).doesNotContain("Draft story", "Scheduled story", "Withdrawn story");
    }

    @Test
    void unknownPathsSectionsTagsAuthorsAndDatesAreNotFound() {
        assertThat(http.get("/no/such/page").statusCode()).isEqualTo(404);
        assertThat(http.get("/section/no-such-section").statusCode()).isEqualTo(404);
        assertThat(http.get("/tag/no-such-tag").statusCode()).isEqualTo(404);
        assertThat(http.get("/author/no-such-person").statusCode()).isEqualTo(404);
        assertThat(http.get("/2026/13/45/some-story").statusCode()).isEqualTo(404);
        assertThat(http.get("/2026/01/01/NOT_A_SLUG").statusCode()).isEqualTo(404);
    }

    @Test
    void anonymousReadersGetNoCookiesAndEveryPageCarriesTheSecurityHeaders() {
        var response = http.get("/");

        var story =
                test.article("Cookie-free story").in(test.section("Cookies")).publish();
        for (String path : java.util.List.of(
                "/",
                "/section/world",
                "/tag/climate",
                "/author/maya-okafor",
                story.path(),
                "/no-such-page",
                "/media/sample/harbour.jpg",
                "/assets/site.css")) {
            assertThat(http.get(path).headers().allValues("Set-Cookie"))
                    .as(path)
                    .isEmpty();
        }
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
    }
}
