package news.bulletin.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import news.bulletin.shared.SiteSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads published articles for readers: single stories, the latest, and lists by section, tag and
 * author, as many a page as the site's settings say.
 */
@Service
@Transactional(readOnly = true)
public class Articles {

    private final ArticleRepository articles;
    private final ListingRepository listings;
    private final ArticleAssembler assembler;
    private final ArticlePaths paths;
    private final SiteSettings settings;
    private final LatestStories latestStories;
    private final StorySummaries summaries;

    Articles(
            ArticleRepository articles,
            ListingRepository listings,
            ArticleAssembler assembler,
            ArticlePaths paths,
            SiteSettings settings,
            LatestStories latestStories,
            StorySummaries summaries) {
        this.latestStories = latestStories;
        this.summaries = summaries;
        this.settings = settings;
        this.articles = articles;
        this.listings = listings;
        this.assembler = assembler;
        this.paths = paths;
    }

    /**
     * Finds the published article a dated URL names. A slug that was changed, or a right slug under
     * the wrong date, resolves to a redirect to the article's current address.
     */
    public ArticleLookup findPublished(LocalDate date, String slug) {
        Optional<ArticleRow> current = articles.findBySlug(slug).filter(Articles::isPublished);
        if (current.isPresent()) {
            ArticleRow row = current.get();
            return paths.dateOf(row.firstPublishedAt()).equals(date)
                    ? new ArticleLookup.Found(assembler.article(row))
                    : new ArticleLookup.Moved(paths.of(row.firstPublishedAt(), row.slug()));
        }
        return articles.articleIdForOldSlug(slug)
                .flatMap(articles::findById)
                .filter(Articles::isPublished)
                .<ArticleLookup>map(row -> new ArticleLookup.Moved(paths.of(row.firstPublishedAt(), row.slug())))
                .orElse(new ArticleLookup.Missing());
    }

    /** Whether an id names a published story, without reading the story. */
    public boolean isPublished(long id) {
        return articles.isPublished(id);
    }

    /** A published article by id, as commenting and other modules refer to it. */
    public Optional<Article> findPublished(long id) {
        return articles.findById(id).filter(Articles::isPublished).map(assembler::article);
    }

    /**
     * Summaries of published stories in the order of the ids given; unpublished ones are left out.
     * Outside a transaction when called from outside one, so that they can be kept in memory.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ArticleSummary> summaries(List<Long> ids) {
        return summaries.of(ids);
    }

    /** Ids of published stories after an id, in id order: for walking all of them in batches. */
    public List<Long> publishedIdsAfter(long afterId, int limit) {
        return listings.publishedIdsAfter(afterId, limit);
    }

    /** Published stories sharing tags or the section with a story, closest first. */
    public List<ScoredStory> sharingTagsOrSection(Article article, int limit) {
        return listings.sharingTagsOrSection(
                article.id(),
                article.section() == null ? null : article.section().id(),
                limit);
    }

    /** Everyone credited on at least one published story. */
    public List<Long> creditedPeople() {
        return listings.creditedPeople();
    }

    public long countPublished() {
        return listings.countPublished();
    }

    public List<ArticleSummary> latestWithTag(Tag tag, int limit) {
        return assembler.summaries(listings.latestWithTag(tag.id(), limit, 0));
    }

    public List<ArticleSummary> latestBy(long personId, int limit) {
        return assembler.summaries(listings.latestBy(personId, limit, 0));
    }

    /** Stories first published since a time, newest first. */
    public List<ArticleSummary> publishedSince(Instant since, int limit) {
        return assembler.summaries(listings.publishedSince(since, limit));
    }

    /** One page of every published story's address and last change, for sitemaps. */
    public List<SitemapEntry> sitemapEntries(int limit, long offset) {
        return listings.sitemapEntries(limit, offset);
    }

    /**
     * The newest published stories. Outside a transaction when called from outside one, so that
     * the list read can be kept in memory for the next page.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<ArticleSummary> latest(int limit) {
        return latestStories.newest(limit);
    }

    public List<ArticleSummary> latestInSection(Section section, int limit) {
        return assembler.summaries(listings.latestInSection(section.id(), limit, 0));
    }

    public Paging<ArticleSummary> pageOfSection(Section section, PageNumber page) {
        return page(
                page,
                listings.countInSection(section.id()),
                (size, offset) -> listings.latestInSection(section.id(), size, offset));
    }

    public Paging<ArticleSummary> pageOfTag(Tag tag, PageNumber page) {
        return page(
                page,
                listings.countWithTag(tag.id()),
                (size, offset) -> listings.latestWithTag(tag.id(), size, offset));
    }

    public Paging<ArticleSummary> pageOfAuthor(long personId, PageNumber page) {
        return page(page, listings.countBy(personId), (size, offset) -> listings.latestBy(personId, size, offset));
    }

    /**
     * The stories either side of an article in its section: the older one and the newer one.
     * Outside a transaction when called from outside one, so that they can be kept in memory.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Neighbours neighbours(Article article) {
        if (article.section() == null) {
            return new Neighbours(null, null);
        }
        List<ArticleSummary> both = summaries.ofRows(
                () -> listings.neighboursInSection(article.section().id(), article.id(), article.publishedAt()));
        ArticleSummary older = null;
        ArticleSummary newer = null;
        for (ArticleSummary story : both) {
            boolean isOlder = story.publishedAt().isBefore(article.publishedAt())
                    || (story.publishedAt().equals(article.publishedAt()) && story.id() < article.id());
            if (isOlder) {
                older = story;
            } else {
                newer = story;
            }
        }
        return new Neighbours(older, newer);
    }

    /** One page of a list; a page past the end is refused before any rows are read. */
    private Paging<ArticleSummary> page(PageNumber page, long total, PageOfRows rows) {
        int size = settings.storiesPerPage();
        if (page.offset(size) >= Math.max(total, 1)) {
            throw new NotFoundException("page " + page.value() + " is past the end");
        }
        return Paging.of(assembler.summaries(rows.read(size, page.offset(size))), page, total, size);
    }

    /** Reads one page of rows of a list. */
    private interface PageOfRows {
        List<ArticleRow> read(int limit, long offset);
    }

    private static boolean isPublished(ArticleRow row) {
        return row.status() == ArticleStatus.PUBLISHED && row.firstPublishedAt() != null;
    }
}
