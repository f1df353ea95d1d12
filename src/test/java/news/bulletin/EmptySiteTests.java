package news.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDataFolders;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code bulletin.sample-content=false} the site starts empty and says so, without broken pages. */
@SiteTest
class EmptySiteTests {
    private static final Path DATA = TestDataFolders.create("empty");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("bulletin.data-dir", DATA::toString);
        registry.add("spring.datasource.url", () -> TestDatabases.sqliteUrl(DATA));
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Test
    void theHomePageExplainsThatNothingIsPublishedYet() {
        var response = new Http(port).get("/");
        var home = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(home.select(".empty-state").text()).contains("No stories yet");
        assertThat(home.select(".section-nav")).isEmpty();
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.select(".site-footer a.to-top")).hasSize(1);
    }

    @Test
    void nothingElseExistsYetAndSaysSo() {
        var http = new Http(port);

        assertThat(http.get("/section/world").statusCode()).isEqualTo(404);
        assertThat(http.get("/tag/climate").statusCode()).isEqualTo(404);
        assertThat(http.get("/author/maya-okafor").statusCode()).isEqualTo(404);
        assertThat(http.get("/login").statusCode()).isEqualTo(200);
    }

    @Test
    void noSampleImagesWereCopiedIntoTheDataFolder() {
        assertThat(DATA.resolve("media/sample")).doesNotExist();
    }
}
