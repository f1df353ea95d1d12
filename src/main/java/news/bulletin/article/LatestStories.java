package news.bulletin.article;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The newest published stories, kept in memory: every article page lists them beside the story,
 * and the home page, the feeds and an empty Most Popular list show them too, so reading them for
 * each render cost three queries a page. Any committed change that could alter one of them (a story
 * published, edited or withdrawn, a byline's name, a section) forgets the list, ahead of the page
 * cache's eviction, so that no page rendered after the eviction shows the old list.
 *
 * <p>The list is kept the way {@link SectionRepository} keeps the sections: only a list read
 * outside a transaction is kept, and only if nothing was forgotten while it was read; a writing
 * transaction reads its own; and a list is kept for {@link #KEPT} at most, so that a change made on
 * another node shows here within that time.
 */
@Component
class LatestStories {
    /** As many as the longest list of newest stories shows: a feed. */
    static final int KEPT_STORIES = 50;

    private static final Duration KEPT = Duration.ofSeconds(30);

    private final ListingRepository listings;
    private final ArticleAssembler assembler;
    private final AtomicReference<Kept> kept = new AtomicReference<>(new Kept(null, 0));

    LatestStories(ListingRepository listings, ArticleAssembler assembler) {
        this.listings = listings;
        this.assembler = assembler;
    }

    List<ArticleSummary> newest(int limit) {
        if (limit > KEPT_STORIES) {
            return assembler.summaries(listings.latest(limit, 0));
        }
        Kept seen = kept.get();
        long now = System.nanoTime();
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        boolean writing = inTransaction && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        List<ArticleSummary> list = seen.list();
        if (list == null || now - seen.readAt() >= KEPT.toNanos() || writing) {
            list = assembler.summaries(listings.latest(KEPT_STORIES, 0));
            if (!inTransaction) {
                kept.compareAndSet(seen, new Kept(list, now));
            }
        }
        return list.subList(0, Math.min(limit, list.size()));
    }

    /** Runs after the commit of every change readers see, before the page cache's eviction. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onChange(ContentChanged change) {
        if (change.keys().stream().anyMatch(LatestStories::couldChangeAStory)) {
            kept.set(new Kept(null, 0));
        }
    }

    /** Comments and view counts are the changes that leave every story's summary as it was. */
    private static boolean couldChangeAStory(String key) {
        return !key.startsWith("comments:") && !key.equals(ContentKeys.POPULAR);
    }

    /** The kept list and when it was read, or no list; each forget makes a new one. */
    private record Kept(@Nullable List<ArticleSummary> list, long readAt) {}
}
