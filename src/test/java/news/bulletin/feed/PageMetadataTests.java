package news.bulletin.feed;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What search engines and link previews read from the pages: canonical links, Open Graph, cards, JSON-LD. */
@SiteTest
class PageMetadataTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "metadata");
        registry.add("bulletin.base-url", () -> "https://news.example.org");
    }

    @LocalServerPort
    int port;

    @Test
    void anArticleCarriesOpenGraphATwitterCardAndANewsArticleWithItsBreadcrumbs() {
        Http reader = new Http(port);
        String path = Jsoup.parse(reader.get("/").body())
                .select(".lead .card-headline a")
                .attr("href");
        Document page = Jsoup.parse(reader.get(path).body());
        String url = "https://news.example.org" + path;

        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(url);
        assertThat(meta(page, "og:type")).isEqualTo("article");
        assertThat(meta(page, "og:url")).isEqualTo(url);
        assertThat(meta(page, "og:title")).isEqualTo(page.select("h1").text());
        assertThat(meta(page, "og:site_name")).isEqualTo("Bulletin");
        assertThat(meta(page, "og:description")).isNotBlank();
        assertThat(meta(page, "og:image")).startsWith("https://news.example.org/media/");
        assertThat(meta(page, "og:image:width"))
                .isEqualTo(page.select("figure.hero img").attr("width"));
        assertThat(meta(page, "og:image:height"))
                .isEqualTo(page.select("figure.hero img").attr("height"));
        assertThat(meta(page, "article:published_time"))
                .isEqualTo(page.select(".story-times time").first().attr("datetime"));
        assertThat(meta(page, "article:modified_time")).isNotBlank();
        assertThat(meta(page, "article:section"))
                .isEqualTo(page.select(".story-header .section-label").text());
        assertThat(page.select("meta[property=article:tag]").eachAttr("content"))
                .containsExactlyInAnyOrderElementsOf(
                        page.select(".story-tags a").eachText());
        assertThat(page.select("meta[property=article:author]").eachAttr("content"))
                .allMatch(author -> author.startsWith("https://news.example.org/author/"));
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("meta[name=twitter:image]").attr("content")).isEqualTo(meta(page, "og:image"));

        String structuredData = page.select("script[type=application/ld+json]").html();
        // Properties in one order in every JVM: the page, and so its ETag, is the same on every node.
        assertThat(structuredData)
                .contains("\"image\":{\"@type\":\"ImageObject\",\"url\":")
                .contains("\"author\":[{\"@type\":\"Person\",\"name\":")
                .contains("\"publisher\":{\"@type\":\"Organization\",\"name\":");
        JsonNode graph = JsonMapper.builder().build().readTree(structuredData);
        JsonNode article = graph.get(0);
        assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.get("headline").asString())
                .isEqualTo(page.select("h1").text());
        assertThat(article.get("mainEntityOfPage").asString()).isEqualTo(url);
        assertThat(article.get("datePublished").asString()).isEqualTo(meta(page, "article:published_time"));
        assertThat(article.get("dateModified").asString()).isNotBlank();
        assertThat(article.get("image").get("url").asString()).isEqualTo(meta(page, "og:image"));
        assertThat(article.get("articleSection").asString()).isEqualTo(meta(page, "article:section"));
        JsonNode author = article.get("author").get(0);
        assertThat(author.get("@type").asString()).isEqualTo("Person");
        assertThat(author.get("url").asString()).startsWith("https://news.example.org/author/");
        assertThat(article.get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(article.get("publisher").get("logo").get("url").asString()).startsWith("https://news.example.org/");
        JsonNode trail = graph.get(1);
        assertThat(trail.get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(trail.get("itemListElement")).hasSize(3);
        assertThat(trail.get("itemListElement").get(2).get("item").asString()).isEqualTo(url);
    }

    @Test
    void listsAndTheHomePageHaveCanonicalLinksAndOpenGraph() {
        Http reader = new Http(port);
        Document home = Jsoup.parse(reader.get("/").body());
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org/");
        assertThat(meta(home, "og:type")).isEqualTo("website");
        String section = home.select(".section-nav a").get(1).attr("href");
        Document list = Jsoup.parse(reader.get(section).body());
        assertThat(list.select("link[rel=canonical]").attr("href")).isEqualTo("https://news.example.org" + section);
        assertThat(meta(list, "og:url")).isEqualTo("https://news.example.org" + section);
        assertThat(list.select("meta[name=description]").attr("content")).isNotBlank();
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }
}
