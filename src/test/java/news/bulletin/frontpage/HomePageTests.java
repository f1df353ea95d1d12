package news.bulletin.frontpage;

import static org.assertj.core.api.Assertions.assertThat;

import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The home page of the sample edition, as a first-time visitor sees it. */
@SiteTest
class HomePageTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "home");
    }

    @LocalServerPort
    int port;

    @Test
    void showsALeadStoryWithItsImageSecondaryStoriesSectionBlocksAndTheLatest() {
        Document home = Jsoup.parse(new Http(port).get("/").body());

        assertThat(home.select(".lead .card-lead img")).hasSize(1);
        assertThat(home.select(".lead .card-headline a").attr("href")).matches("/\\d{4}/\\d\\d/\\d\\d/[a-z0-9-]+");
        assertThat(home.select(".secondary .card")).hasSizeBetween(2, 4);
        assertThat(home.select(".section-block")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(home.select(".section-block .block-heading a"))
                .allMatch(a -> a.attr("href").startsWith("/section/"));
        assertThat(home.select("aside.sidebar .latest-list li")).hasSize(10);
        assertThat(home.select("h1")).hasSize(1);
    }

    @Test
    void theHeaderListsSectionsInNavigationOrderWithASignInLinkAndTheFooterRepeatsThem() {
        Document home = Jsoup.parse(new Http(port).get("/").body());

        assertThat(home.select(".section-nav a"))
                .extracting(a -> a.text())
                .containsExactly("Home", "World", "Politics", "Business", "Science", "Culture");
        assertThat(home.select(".account-links a[href=/login]").text()).isEqualTo("Sign in");
        assertThat(home.select(".site-footer nav a")).hasSize(5);
        assertThat(home.select(".footer-about p").text()).isNotBlank();
    }

    @Test
    void noStoryAppearsTwiceAboveTheSectionBlocks() {
        Document home = Jsoup.parse(new Http(port).get("/").body());

        var topLinks = home.select(".top-stories .card-headline a").eachAttr("href");
        var blockLinks = home.select(".section-block .card-headline a").eachAttr("href");

        assertThat(topLinks).doesNotHaveDuplicates().doesNotContainAnyElementsOf(blockLinks);
    }
}
