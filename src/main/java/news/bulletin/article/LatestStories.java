package news.bulletin.article;

import java.time.Duration;
import java.util.List;
import news.bulletin.shared.ContentChanged;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The newest published stories, kept in memory (see {@link KeptRead}): every article page lists
 * them beside the story, and the home page, the feeds and an empty Most Popular list show them too,
 * so reading them for each render cost three queries a page. Any committed change that could alter
 * one of them (a story published, edited or withdrawn, a byline's name, a section) forgets them,
 * ahead of the page cache's eviction, so that no page rendered after the eviction shows the old list.
 */
@Component
class LatestStories {
    /** As many as the longest list of newest stories shows: a feed. */
    static final int KEPT_STORIES = 50;

    private final ListingRepository listings;
    private final ArticleAssembler assembler;
    private final KeptRead<List<ArticleSummary>> kept = new KeptRead<>(Duration.ofSeconds(30));

    LatestStories(ListingRepository listings, ArticleAssembler assembler) {
        this.listings = listings;
        this.assembler = assembler;
    }

    List<ArticleSummary> newest(int limit) {
        if (limit > KEPT_STORIES) {
            return assembler.summaries(listings.latest(limit, 0));
        }
        List<ArticleSummary> list = kept.get(() -> assembler.summaries(listings.latest(KEPT_STORIES, 0)));
        return list.subList(0, Math.min(limit, list.size()));
    }

    /** Runs after the commit of every change readers see, before the page cache's eviction. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onChange(ContentChanged change) {
        if (change.mayAlterStories()) {
            kept.forget();
        }
    }
}
