package news.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import news.bulletin.account.Person;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.ArticleWorkflow;
import news.bulletin.article.Articles;
import news.bulletin.article.Section;
import news.bulletin.article.TestArticles;
import news.bulletin.shared.PageNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The same search cases on SQLite and on PostgreSQL, including the order of results. Each case
 * uses words no other case uses, so the cases share one database without seeing each other.
 */
@SpringBootTest(properties = "bulletin.sample-content=false")
abstract class SearchContract {
    @Autowired
    ApplicationContext context;

    @Autowired
    Search search;

    @Autowired
    ArticleWorkflow workflow;

    TestArticles stories;

    @BeforeEach
    void setUp() {
        stories = new TestArticles(context);
    }

    @Test
    void aMatchInTheHeadlineOutranksOneInTheBodyAndStemmingFindsOtherForms() {
        long body = stories.article("Harbour traffic resumes")
                .body("Shipping lines said new sanctions would not slow the port.")
                .publishedAgo(Duration.ofHours(1))
                .published();
        long headline = stories.article("Sanctions tighten on timber exports")
                .body("Officials described the measures in detail.")
                .publishedAgo(Duration.ofHours(5))
                .published();

        assertThat(ids(find("sanction"))).containsExactly(headline, body);
        assertThat(ids(find("SANCTIONED"))).containsExactly(headline, body);
    }

    @Test
    void theIndexCountsEachPublishedStoryOnceAndAStartRebuildsAnIndexThatFellBehind() {
        long kept = stories.article("Wombat burrows mapped").published();
        long withdrawn = stories.article("Wombat burrows flooded").published();
        SearchIndex index = context.getBean(SearchIndex.class);
        Articles articles = context.getBean(Articles.class);
        assertThat(index.size()).isEqualTo(articles.countPublished());

        workflow.unpublish(withdrawn);
        assertThat(index.size()).isEqualTo(articles.countPublished());

        index.remove(kept);
        assertThat(index.size()).isEqualTo(articles.countPublished() - 1);
        context.getBean(SearchIndexing.class).catchUp();
        assertThat(index.size()).isEqualTo(articles.countPublished());
        assertThat(ids(find("wombat"))).containsExactly(kept);
    }

    @Test
    void theNewerOfTwoEqualMatchesComesFirst() {
        long older = stories.article("Quokka census one")
                .body("The quokka count rose.")
                .publishedAgo(Duration.ofDays(3))
                .published();
        long newer = stories.article("Quokka census two")
                .body("The quokka count rose.")
                .publishedAgo(Duration.ofDays(1))
                .published();

        assertThat(ids(find("quokka"))).containsExactly(newer, older);
    }

    @Test
    void aQuotedPhraseMatchesOnlyThoseWordsTogether() {
        long together = stories.article("Reserve policy")
                .body("The glacier reserve bank raised rates.")
                .published();
        stories.article("Apart")
                .body("The bank near the glacier holds a reserve of grain.")
                .published();

        assertThat(ids(find("\"glacier reserve bank\""))).containsExactly(together);
        assertThat(find("glacier bank").results().totalItems()).isEqualTo(2);
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileItIsTyped() {
        long story = stories.article("Ombudsperson report")
                .body("The ombudsperson criticised delays.")
                .published();

        assertThat(ids(find("ombudsp"))).containsExactly(story);
        assertThat(ids(find("ombudsp "))).as("a finished word is a whole word").isEmpty();
    }

    @Test
    void accentsAreFoldedInTheTextAndInTheQuery() {
        long story = stories.article("Trams return to Zürich")
                .body("Crowds in Zürich cheered.")
                .published();

        assertThat(ids(find("Zurich"))).containsExactly(story);
        assertThat(ids(find("zürich"))).containsExactly(story);
        assertThat(find("Zurich").results().items().get(0).snippet())
                .as("the accented word is marked")
                .contains(new SnippetPart("Zürich", true));
    }

    @Test
    void resultsCanBeLimitedBySectionAuthorAndDates() {
        Section science = stories.section("Science " + System.nanoTime());
        Person writer = stories.writer("Ines Varga");
        long inScience = stories.article("Narwhal tusks studied")
                .body("Narwhal research.")
                .in(science)
                .by(writer)
                .publishedAgo(Duration.ofDays(2))
                .published();
        long elsewhere = stories.article("Narwhal sightings")
                .body("Narwhal tourism.")
                .publishedAgo(Duration.ofDays(20))
                .published();

        assertThat(ids(find("narwhal", science.id(), null, null, null))).containsExactly(inScience);
        assertThat(ids(find("narwhal", null, writer.id(), null, null))).containsExactly(inScience);
        Instant now = Instant.now();
        assertThat(ids(find("narwhal", null, null, now.minus(Duration.ofDays(10)), now)))
                .containsExactly(inScience);
        assertThat(ids(find("narwhal", null, null, null, now.minus(Duration.ofDays(10)))))
                .containsExactly(elsewhere);
    }

    @Test
    void theIndexFollowsPublishUpdateAndUnpublishAtOnce() {
        long id = stories.article("Axolotl draft").body("Axolotl words.").draft();
        assertThat(ids(find("axolotl"))).isEmpty();

        workflow.publish(id, Instant.now());
        assertThat(ids(find("axolotl"))).containsExactly(id);

        workflow.unpublish(id);
        assertThat(ids(find("axolotl"))).isEmpty();
    }

    @Test
    void snippetsMarkTheMatchedWords() {
        stories.article("Pangolin trade")
                .body("Customs officers seized pangolin scales at the border on Tuesday.")
                .published();

        var result = find("pangolin").results().items().get(0);
        assertThat(result.snippet()).anySatisfy(part -> {
            assertThat(part.match()).isTrue();
            assertThat(part.text().toLowerCase()).isEqualTo("pangolin");
        });
    }

    @Test
    void resultsArePagedTwentyAtATime() {
        for (int i = 0; i < 25; i++) {
            stories.article("Capybara item " + i)
                    .body("Capybara.")
                    .publishedAgo(Duration.ofMinutes(i + 1))
                    .published();
        }
        var first = find("capybara");
        assertThat(first.results().totalItems()).isEqualTo(25);
        assertThat(first.results().items()).hasSize(20);
        var second = search.search(new SearchRequest("capybara", null, null, null, null, new PageNumber(2)));
        assertThat(second.results().items()).hasSize(5);
    }

    @Test
    void relatedStoriesShareTagsSectionOrWordsAndNeverIncludeTheStoryOrUnpublishedOnes() {
        Section section = stories.section("Oceans " + System.nanoTime());
        long story = stories.article("Krill swarms shrink in warming seas")
                .in(section)
                .tagged("krillwatch", "antarcticfood")
                .published();
        long sharesTags = stories.article("Penguin colonies adapt")
                .tagged("krillwatch", "antarcticfood")
                .published();
        long sharesSection = stories.article("Tide tables revised").in(section).published();
        long sharesWords = stories.article("Krill fishing quotas debated").published();
        long unpublished = stories.article("Krill draft")
                .tagged("krillwatch", "antarcticfood")
                .in(section)
                .draft();
        stories.article("Unrelated football result").published();

        var article = context.getBean(news.bulletin.article.Articles.class)
                .findPublished(story)
                .orElseThrow();
        List<Long> related = context.getBean(RelatedStories.class).of(article).stream()
                .map(ArticleSummary::id)
                .toList();

        assertThat(related.get(0)).isEqualTo(sharesTags);
        assertThat(related).contains(sharesSection, sharesWords).doesNotContain(story, unpublished);
        assertThat(related).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void oddQueriesNeverFail() {
        stories.article("Odd query target").body("Plain words.").published();
        List<String> odd = List.of(
                "",
                "   ",
                "x".repeat(1000),
                "!!! ??? ...",
                "\"unbalanced quote",
                "\"",
                "*",
                "AND OR NOT",
                "NEAR(a b)",
                "'; DROP TABLE articles; --",
                "\" OR 1=1 --",
                "a:* & | ! <->",
                "🙂🙂 🚀",
                "مرحبا بالعالم",
                "שלום",
                "½ ﬁnance",
                "a\u0000b",
                "(((",
                "col:word",
                "^start");
        for (String query : odd) {
            var results = search.search(new SearchRequest(query, null, null, null, null, PageNumber.FIRST));
            assertThat(results).as(query).isNotNull();
        }
    }

    private SearchResults find(String text) {
        return find(text, null, null, null, null);
    }

    private SearchResults find(String text, Long section, Long author, Instant from, Instant until) {
        return search.search(new SearchRequest(text, section, author, from, until, PageNumber.FIRST));
    }

    private static List<Long> ids(SearchResults results) {
        return results.results().items().stream()
                .map(r -> r.story())
                .map(ArticleSummary::id)
                .toList();
    }
}
