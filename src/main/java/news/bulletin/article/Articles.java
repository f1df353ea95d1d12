package news.bulletin.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published articles for readers: single stories, the latest, and lists by section, tag and author. */
@Service
@Transactional(readOnly = true)
public class Articles {
    public static final int PAGE_SIZE = 20;

    private final ArticleRepository repository;
    private final ArticleAssembler assembler;
    private final ArticlePaths paths;

    Articles(ArticleRepository repository, ArticleAssembler assembler, ArticlePaths paths) {
        this.repository = repository;
        this.assembler = assembler;
        this.paths = paths;
    }

    /**
     * Finds the published article a dated URL names. A slug that was changed, or a right slug under
     * the wrong date, resolves to a redirect to the article's current address.
     */
    public ArticleLookup findPublished(LocalDate date, String slug) {
        Optional<ArticleRow> current = repository.findBySlug(slug).filter(Articles::isPublished);
        if (current.isPresent()) {
            Article article = assembler.article(current.get());
            return paths.dateOf(article.publishedAt()).equals(date)
                    ? new ArticleLookup.Found(article)
                    : new ArticleLookup.Moved(article.path());
        }
        return repository
                .articleIdForOldSlug(slug)
                .flatMap(repository::findById)
                .filter(Articles::isPublished)
                .<ArticleLookup>map(row -> new ArticleLookup.Moved(
                        assembler.summaries(List.of(row)).get(0).path()))
                .orElse(new ArticleLookup.Missing());
    }

    public List<ArticleSummary> latest(int limit) {
        return assembler.summaries(repository.latest(limit, 0));
    }

    public List<ArticleSummary> latestInSection(Section section, int limit) {
        return assembler.summaries(repository.latestInSection(section.id(), limit, 0));
    }

    public Paging<ArticleSummary> pageOfSection(Section section, PageNumber page) {
        long total = repository.countInSection(section.id());
        return Paging.of(
                assembler.summaries(repository.latestInSection(section.id(), PAGE_SIZE, page.offset(PAGE_SIZE))),
                page,
                total,
                PAGE_SIZE);
    }

    public Paging<ArticleSummary> pageOfTag(Tag tag, PageNumber page) {
        long total = repository.countWithTag(tag.id());
        return Paging.of(
                assembler.summaries(repository.latestWithTag(tag.id(), PAGE_SIZE, page.offset(PAGE_SIZE))),
                page,
                total,
                PAGE_SIZE);
    }

    public Paging<ArticleSummary> pageOfAuthor(long personId, PageNumber page) {
        long total = repository.countBy(personId);
        return Paging.of(
                assembler.summaries(repository.latestBy(personId, PAGE_SIZE, page.offset(PAGE_SIZE))),
                page,
                total,
                PAGE_SIZE);
    }

    /** The stories either side of an article in its section: the older one and the newer one. */
    public Neighbours neighbours(Article article) {
        if (article.section() == null) {
            return new Neighbours(null, null);
        }
        long section = article.section().id();
        return new Neighbours(
                repository
                        .neighbourInSection(section, article.id(), article.publishedAt(), false)
                        .map(row -> assembler.summaries(List.of(row)).get(0))
                        .orElse(null),
                repository
                        .neighbourInSection(section, article.id(), article.publishedAt(), true)
                        .map(row -> assembler.summaries(List.of(row)).get(0))
                        .orElse(null));
    }

    private static boolean isPublished(ArticleRow row) {
        return row.status() == ArticleStatus.PUBLISHED && row.firstPublishedAt() != null;
    }
}
