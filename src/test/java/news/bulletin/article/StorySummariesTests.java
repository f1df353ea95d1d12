package news.bulletin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The stories an article page lists by id (related stories, the stories either side of it) are
 * kept in memory between renders, and a change to one of them made through the application shows
 * on the very next render. With the page cache off, so that each request renders its page; a
 * headline changed behind the application's back shows whether a render used the kept summaries.
 */
@SiteTest
class StorySummariesTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "story-summaries");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.page-cache.enabled", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    TestArticles test;
    Http reader;

    @BeforeEach
    void create() {
        test = new TestArticles(context);
        reader = new Http(port);
    }

    private List<String> neighboursOf(String path) {
        return Jsoup.parse(reader.get(path).body())
                .select(".neighbour-headline")
                .eachText();
    }

    private List<String> relatedOf(String path) {
        return Jsoup.parse(reader.get(path).body())
                .select(".related .card-headline")
                .eachText();
    }

    @Test
    void theStoryAlongsideIsKeptUntilItIsEditedAndCommentsDoNotForgetIt() {
        Section harbour = test.section("Harbour");
        var older = test.article("Older harbour story")
                .in(harbour)
                .publishedAgo(Duration.ofDays(4))
                .publish();
        var reading = test.article("Harbour story being read")
                .in(harbour)
                .publishedAgo(Duration.ofDays(3))
                .publish();
        assertThat(neighboursOf(reading.path())).containsExactly("Older harbour story");

        test.retitleBehindItsBack(older.id(), "Retitled behind its back");
        context.publishEvent(ContentChanged.of(ContentKeys.comments(older.id())));
        assertThat(neighboursOf(reading.path())).as("kept").containsExactly("Older harbour story");

        test.retitle(older.id(), "Older harbour story, corrected");
        assertThat(neighboursOf(reading.path())).containsExactly("Older harbour story, corrected");
    }

    @Test
    void rowsReadBeforeAnEditCommittedAreNotKeptPastIt() {
        var edited = test.article("Ferry timetable, first draft").publish();
        StorySummaries summaries = context.getBean(StorySummaries.class);
        ListingRepository listings = context.getBean(ListingRepository.class);

        List<ArticleSummary> read = summaries.ofRows(() -> {
            List<ArticleRow> before = listings.published(List.of(edited.id()));
            // The edit commits, and its forget runs, after the rows were read and before they are kept.
            test.retitle(edited.id(), "Ferry timetable, corrected");
            return before;
        });

        assertThat(read).extracting(ArticleSummary::headline).containsExactly("Ferry timetable, first draft");
        assertThat(summaries.of(List.of(edited.id())))
                .extracting(ArticleSummary::headline)
                .containsExactly("Ferry timetable, corrected");
    }

    @Test
    void aRelatedStoryWithdrawnLeavesTheListAtOnce() {
        var related = test.article("Lighthouse keepers retire")
                .tagged("Lighthouses")
                .publishedAgo(Duration.ofDays(2))
                .publish();
        var reading = test.article("The last lighthouse on the coast")
                .tagged("Lighthouses")
                .publishedAgo(Duration.ofDays(1))
                .publish();
        assertThat(relatedOf(reading.path())).contains("Lighthouse keepers retire");

        test.retitleBehindItsBack(related.id(), "Retitled behind its back");
        assertThat(relatedOf(reading.path())).as("kept").contains("Lighthouse keepers retire");

        context.getBean(ArticleWorkflow.class).unpublish(related.id());

        assertThat(relatedOf(reading.path())).doesNotContain("Lighthouse keepers retire", "Retitled behind its back");
    }
}
