package news.bulletin.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feeds parsed back with Rome and Jackson and checked field by field; sitemaps checked against their schemas. */
@SiteTest
class FeedAndSitemapTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "feeds");
        registry.add("bulletin.base-url", () -> "https://news.example.org");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theSiteFeedInRssAndAtomCarriesTheNewestStoriesWithStableIdsDatesAuthorsAndImages() throws Exception {
        Http reader = new Http(port);
        Document home = Jsoup.parse(reader.get("/").body());
        String lead = home.select(".lead .card-headline a").attr("href");
        Document story = Jsoup.parse(reader.get(lead).body());
        String published = story.select(".story-times time").first().attr("datetime");

        for (String file : List.of("/feed.xml", "/atom.xml")) {
            var response = reader.get(file);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith(file.equals("/feed.xml") ? "application/rss+xml" : "application/atom+xml");
            SyndFeed feed = new SyndFeedInput().build(new InputSource(new StringReader(response.body())));
            assertThat(feed.getFeedType()).isEqualTo(file.equals("/feed.xml") ? "rss_2.0" : "atom_1.0");
            assertThat(feed.getTitle()).isEqualTo("Bulletin");
            assertThat(feed.getEntries()).hasSize(12);
            SyndEntry newest = feed.getEntries().get(0);
            assertThat(newest.getTitle()).isEqualTo(story.select("h1").text());
            assertThat(newest.getLink()).isEqualTo("https://news.example.org" + lead);
            assertThat(newest.getUri()).matches("tag:news\\.example\\.org,2026:article-\\d+");
            assertThat(newest.getPublishedDate().toInstant())
                    .as("feeds carry times to the second")
                    .isEqualTo(Instant.parse(published).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            List<String> names = story.select(".story-byline a").eachText();
            if (file.equals("/feed.xml")) {
                assertThat(newest.getAuthor())
                        .as("RSS names authors in dc:creator")
                        .isEqualTo(String.join(", ", names));
            } else {
                assertThat(newest.getAuthors())
                        .extracting(author -> author.getName())
                        .containsExactlyElementsOf(names);
            }
            assertThat(newest.getEnclosures()).singleElement().satisfies(image -> {
                assertThat(image.getUrl()).startsWith("https://news.example.org/media/");
                assertThat(image.getType()).isEqualTo("image/jpeg");
                assertThat(image.getLength()).isPositive();
            });
            assertThat(newest.getCategories())
                    .extracting(c -> c.getName())
                    .containsExactlyInAnyOrderElementsOf(
                            story.select(".story-tags a").eachText());
        }
        assertThat(home.select("link[rel=alternate][type=application/rss+xml]").attr("href"))
                .isEqualTo("/feed.xml");
    }

    @Test
    void aJsonFeedForEachSectionAndWholeStoriesWhenTheSiteSaysSo() throws Exception {
        Http reader = new Http(port);
        Document home = Jsoup.parse(reader.get("/").body());
        String section = home.select(".section-nav a").get(1).attr("href");
        Document sectionPage = Jsoup.parse(reader.get(section).body());
        assertThat(sectionPage
                        .select("link[rel=alternate][type=application/feed+json]")
                        .eachAttr("href"))
                .contains("/feed.json", section + "/feed.json");

        String json = reader.get(section + "/feed.json").body();
        // The same bytes from every node and after every restart, so that the feed's ETag holds.
        assertThat(json).contains("\"authors\":[{\"name\":");
        JsonNode feed = JsonMapper.builder().build().readTree(json);
        assertThat(feed.get("version").asString()).isEqualTo("https://jsonfeed.org/version/1.1");
        assertThat(feed.get("feed_url").asString()).isEqualTo("https://news.example.org" + section + "/feed.json");
        List<String> urls = new ArrayList<>();
        feed.get("items").forEach(item -> urls.add(item.get("url").asString()));
        assertThat(urls)
                .containsExactlyElementsOf(
                        sectionPage.select(".archive-list .card-headline a").eachAttr("href").stream()
                                .map(path -> "https://news.example.org" + path)
                                .toList());
        JsonNode first = feed.get("items").get(0);
        assertThat(first.get("content_text").asString()).isNotBlank();
        assertThat(first.has("content_html")).isFalse();
        assertThat(Instant.parse(first.get("date_published").asString())).isBefore(Instant.now());

        Http admin =
                Http.signedIn(port, new TestAccounts(context).create(Role.ADMIN).email(), TestAccounts.PASSWORD);
        var form = Jsoup.parse(admin.get("/newsroom/settings").body());
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("_csrf", admin.csrf()));
        for (var input : form.select(
                "form.stacked-form input[name], form.stacked-form textarea[name], form.stacked-form select[name]")) {
            String name = input.attr("name");
            if (name.equals("_csrf")
                    || name.equals("feed-content")
                    || (name.equals("logo") && !input.hasAttr("checked"))) {
                continue;
            }
            fields.add(Map.entry(name, input.tagName().equals("textarea") ? input.wholeText() : input.val()));
        }
        fields.add(Map.entry("feed-content", "full"));
        assertThat(admin.post("/newsroom/settings", fields).statusCode()).isEqualTo(302);
        JsonNode full =
                JsonMapper.builder().build().readTree(reader.get("/feed.json").body());
        String html = full.get("items").get(0).get("content_html").asString();
        assertThat(html).contains("<p>");
        assertThat(html).doesNotContain("src=\"/").doesNotContain("href=\"/");

        assertThat(reader.get("/section/no-such-section/feed.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void sitemapsFollowTheSchemasAndListEveryStorySectionTagAndAuthor() throws Exception {
        Http crawler = new Http(port);
        var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var index = factory.newSchema(resource("xsd/siteindex.xsd"));
        var urlset = factory.newSchema(new StreamSource[] {
            new StreamSource(resource("xsd/sitemap-news.xsd").toExternalForm()),
            new StreamSource(resource("xsd/sitemap.xsd").toExternalForm())
        });

        String body = crawler.get("/sitemap.xml").body();
        index.newValidator().validate(new StreamSource(new StringReader(body)));
        List<String> sitemaps = Jsoup.parse(body, "", org.jsoup.parser.Parser.xmlParser())
                .select("sitemap > loc")
                .eachText();
        assertThat(sitemaps)
                .contains(
                        "https://news.example.org/sitemaps/articles-1.xml",
                        "https://news.example.org/sitemaps/sections.xml",
                        "https://news.example.org/sitemaps/tags.xml",
                        "https://news.example.org/sitemaps/authors.xml");
        for (String sitemap : sitemaps) {
            String xml =
                    crawler.get(sitemap.replace("https://news.example.org", "")).body();
            urlset.newValidator().validate(new StreamSource(new StringReader(xml)));
            assertThat(Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser()).select("url"))
                    .as(sitemap)
                    .isNotEmpty();
        }
        var articles =
                Jsoup.parse(crawler.get("/sitemaps/articles-1.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(articles.select("url")).hasSize(12);
        assertThat(articles.select("url > lastmod")).hasSize(12);
        assertThat(crawler.get("/sitemaps/articles-2.xml").statusCode()).isEqualTo(404);

        String news = crawler.get("/sitemap-news.xml").body();
        urlset.newValidator().validate(new StreamSource(new StringReader(news)));
        var newsDoc = Jsoup.parse(news, "", org.jsoup.parser.Parser.xmlParser());
        assertThat(newsDoc.select("url")).isNotEmpty();
        assertThat(newsDoc.select("news|publication > news|name").first().text())
                .isEqualTo("Bulletin");
        assertThat(newsDoc.select("news|language").first().text()).isEqualTo("en");
        for (var date : newsDoc.select("news|publication_date").eachText()) {
            assertThat(Instant.parse(date)).isAfter(Instant.now().minusSeconds(48 * 3600 + 60));
        }

        String robots = crawler.get("/robots.txt").body();
        assertThat(robots)
                .contains("Disallow: /newsroom")
                .contains("Disallow: /account")
                .contains("Sitemap: https://news.example.org/sitemap.xml")
                .contains("Sitemap: https://news.example.org/sitemap-news.xml");
    }

    private static URL resource(String path) {
        return FeedAndSitemapTests.class.getClassLoader().getResource(path);
    }
}
