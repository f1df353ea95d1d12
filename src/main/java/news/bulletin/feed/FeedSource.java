package news.bulletin.feed;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.bulletin.account.People;
import news.bulletin.account.Person;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.Articles;
import news.bulletin.article.Section;
import news.bulletin.article.Sections;
import news.bulletin.article.Tag;
import news.bulletin.media.MediaLibrary;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.SiteSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the newest stories of the site, a section, a tag or an author into a feed. */
@Service
@Transactional(readOnly = true)
public class FeedSource {
    static final int LENGTH = 50;
    private static final Pattern SITE_LINK = Pattern.compile("((?:src|href|srcset)=\")([^\"]*)\"");
    private static final Pattern SITE_PATH = Pattern.compile("(^|,\\s*)(/[^/\\s][^\\s,]*|/)");

    private final Articles articles;
    private final Sections sections;
    private final People people;
    private final MediaLibrary media;
    private final SiteSettings settings;
    private final FeedWriter writer;

    FeedSource(
            Articles articles,
            Sections sections,
            People people,
            MediaLibrary media,
            SiteSettings settings,
            FeedWriter writer) {
        this.writer = writer;
        this.articles = articles;
        this.sections = sections;
        this.people = people;
        this.media = media;
        this.settings = settings;
    }

    public Feed site(FeedFormat format) {
        return format(
                settings.siteName(),
                settings.description(),
                "/",
                "/",
                articles.latest(LENGTH),
                format,
                ContentKeys.LATEST);
    }

    public Feed section(String slug, FeedFormat format) {
        Section section = sections.findBySlug(slug).orElseThrow(() -> new NotFoundException("no section " + slug));
        return format(
                settings.siteName() + " – " + section.name(),
                section.description(),
                section.path(),
                section.path() + "/",
                articles.latestInSection(section, LENGTH),
                format,
                ContentKeys.section(section.id()));
    }

    public Feed tag(String slug, FeedFormat format) {
        Tag tag = sections.findTagBySlug(slug).orElseThrow(() -> new NotFoundException("no tag " + slug));
        return format(
                settings.siteName() + " – " + tag.name(),
                "Stories about " + tag.name() + ".",
                tag.path(),
                tag.path() + "/",
                articles.latestWithTag(tag, LENGTH),
                format,
                ContentKeys.tag(tag.id()));
    }

    public Feed author(String slug, FeedFormat format) {
        Person person = people.findBySlug(slug)
                .filter(p -> p.role().isStaff())
                .orElseThrow(() -> new NotFoundException("no author " + slug));
        return format(
                settings.siteName() + " – " + person.name(),
                person.bio(),
                person.path(),
                person.path() + "/",
                articles.latestBy(person.id(), LENGTH),
                format,
                ContentKeys.person(person.id()));
    }

    private Feed format(
            String title,
            String description,
            String pagePath,
            String feedPath,
            List<ArticleSummary> stories,
            FeedFormat format,
            String listKey) {
        List<Article> shown = stories.stream()
                .map(story -> articles.findPublished(story.id()))
                .flatMap(Optional::stream)
                .toList();
        List<FeedEntry> entries = shown.stream().map(this::entry).toList();
        List<String> keys =
                new ArrayList<>(List.of(ContentKeys.SITE, listKey, ContentKeys.setting(SiteSettings.FEED_CONTENT)));
        shown.forEach(article -> keys.addAll(article.keys()));
        Instant updated =
                entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        String body = writer.write(
                new FeedContent(
                        title,
                        description.isBlank() ? title : description,
                        settings.absolute(pagePath),
                        settings.absolute(feedPath),
                        updated,
                        entries),
                format);
        return new Feed(body, keys.stream().distinct().toList());
    }

    private FeedEntry entry(Article article) {
        boolean full = "full".equals(settings.stored(SiteSettings.FEED_CONTENT).orElse("summary"));
        FeedEntry.FeedImage image = article.hero() == null
                ? null
                : media.findByKey(article.hero().url().replaceFirst("^/media/", ""))
                        .map(m -> new FeedEntry.FeedImage(settings.absolute(m.url()), m.contentType(), m.byteSize()))
                        .orElse(null);
        return new FeedEntry(
                "tag:" + host() + ",2026:article-" + article.id(),
                settings.absolute(article.path()),
                article.headline(),
                article.dek().isBlank() ? article.headline() : article.dek(),
                full ? absoluteLinks(article.bodyHtml()) : null,
                article.publishedAt(),
                article.updatedAt() == null ? article.publishedAt() : article.updatedAt(),
                article.bylines().stream()
                        .map(byline ->
                                new FeedEntry.FeedAuthor(byline.name(), settings.absolute("/author/" + byline.slug())))
                        .toList(),
                article.tags().stream().map(Tag::name).toList(),
                image);
    }

    private String host() {
        String host = URI.create(settings.baseUrl()).getHost();
        return host == null ? "localhost" : host;
    }

    /** The body with the site's own paths made absolute, as feed readers show it elsewhere. */
    String absoluteLinks(String html) {
        Matcher attributes = SITE_LINK.matcher(html);
        StringBuilder out = new StringBuilder();
        while (attributes.find()) {
            Matcher paths = SITE_PATH.matcher(attributes.group(2));
            StringBuilder value = new StringBuilder();
            while (paths.find()) {
                paths.appendReplacement(
                        value, Matcher.quoteReplacement(paths.group(1) + settings.absolute(paths.group(2))));
            }
            paths.appendTail(value);
            attributes.appendReplacement(out, Matcher.quoteReplacement(attributes.group(1) + value + "\""));
        }
        attributes.appendTail(out);
        return out.toString();
    }
}
