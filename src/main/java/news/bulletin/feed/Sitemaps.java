package news.bulletin.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.bulletin.account.People;
import news.bulletin.article.Articles;
import news.bulletin.article.Sections;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.SiteSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sitemaps: an index over pages of at most 50,000 stories, sitemaps of sections, tags and
 * authors, the Google News sitemap of the last 48 hours, and robots.txt naming them.
 */
@Service
@Transactional(readOnly = true)
public class Sitemaps {
    static final int PER_SITEMAP = 50_000;
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    private static final int NEWS_LIMIT = 1000;

    private final Articles articles;
    private final Sections sections;
    private final People people;
    private final SiteSettings settings;
    private final Clock clock;

    Sitemaps(Articles articles, Sections sections, People people, SiteSettings settings, Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    public String index() {
        List<SitemapWriter.Location> sitemaps = new ArrayList<>();
        for (int page = 1; page <= articlePages(); page++) {
            sitemaps.add(new SitemapWriter.Location(settings.absolute("/sitemaps/articles-" + page + ".xml"), null));
        }
        for (String name : List.of("sections", "tags", "authors")) {
            sitemaps.add(new SitemapWriter.Location(settings.absolute("/sitemaps/" + name + ".xml"), null));
        }
        return SitemapWriter.index(sitemaps);
    }

    public String articles(int page) {
        if (page < 1 || page > articlePages()) {
            throw new NotFoundException("no sitemap page " + page);
        }
        return SitemapWriter.urls(articles.sitemapEntries(PER_SITEMAP, (long) (page - 1) * PER_SITEMAP).stream()
                .map(entry -> new SitemapWriter.Location(settings.absolute(entry.path()), entry.lastModified()))
                .toList());
    }

    public String sections() {
        List<SitemapWriter.Location> urls = new ArrayList<>();
        urls.add(new SitemapWriter.Location(settings.absolute("/"), null));
        sections.all()
                .forEach(section -> urls.add(new SitemapWriter.Location(settings.absolute(section.path()), null)));
        return SitemapWriter.urls(urls);
    }

    public String tags() {
        return SitemapWriter.urls(sections.tagsInUse(PER_SITEMAP).stream()
                .map(tag -> new SitemapWriter.Location(settings.absolute(tag.path()), null))
                .toList());
    }

    public String authors() {
        return SitemapWriter.urls(people.findAll(articles.creditedPeople()).stream()
                .filter(person -> person.role().isStaff())
                .map(person -> new SitemapWriter.Location(settings.absolute(person.path()), null))
                .toList());
    }

    public String news() {
        return SitemapWriter.news(
                settings.siteName(),
                "en",
                articles.publishedSince(clock.instant().minus(NEWS_WINDOW), NEWS_LIMIT).stream()
                        .map(story -> new SitemapWriter.NewsItem(
                                settings.absolute(story.path()), story.headline(), story.publishedAt()))
                        .toList());
    }

    public String robots() {
        return String.join(
                "\n",
                "User-agent: *",
                "Disallow: /newsroom",
                "Disallow: /account",
                "Disallow: /login",
                "Disallow: /logout",
                "Disallow: /register",
                "Disallow: /password",
                "Disallow: /setup",
                "Disallow: /comments/",
                "Disallow: /search",
                "",
                "Sitemap: " + settings.absolute("/sitemap.xml"),
                "Sitemap: " + settings.absolute("/sitemap-news.xml"),
                "");
    }

    private int articlePages() {
        return (int) Math.max(1, (articles.countPublished() + PER_SITEMAP - 1) / PER_SITEMAP);
    }
}
