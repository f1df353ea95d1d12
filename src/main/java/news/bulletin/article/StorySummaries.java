package news.bulletin.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import news.bulletin.shared.ContentChanged;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Summaries of published stories by id, kept in memory: an article page lists a dozen other stories
 * (related ones, the stories either side of it), and reading their bylines and images cost up to
 * four queries a page. They are kept by the rules of {@link KeptRead}: not when read inside a
 * transaction, not past a forget that happened while they were read (each forget starts a new
 * generation, and a read adds only to the generation it began in), for thirty seconds at most, and
 * forgotten all together on the same changes as the newest stories. A story unpublished is
 * forgotten with the rest, so a kept summary is always of a published story.
 */
@Component
class StorySummaries {
    /** Enough for every story a busy hour's pages list; a few megabytes. */
    static final int KEPT_STORIES = 10_000;

    private static final Duration KEPT_FOR = Duration.ofSeconds(30);

    private final ListingRepository listings;
    private final ArticleAssembler assembler;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(System.nanoTime()));

    StorySummaries(ListingRepository listings, ArticleAssembler assembler) {
        this.listings = listings;
        this.assembler = assembler;
    }

    /** The published stories among the ids, in their order. */
    List<ArticleSummary> of(List<Long> ids) {
        return summaries(generation(), ids, missing -> assembler.summaries(listings.published(missing)));
    }

    /**
     * The stories of the rows a query reads, in their order; only those not kept are assembled. The
     * generation is chosen before the query runs: rows read before a change committed may then only
     * be kept in the generation that change's forget has ended.
     */
    List<ArticleSummary> ofRows(Supplier<List<ArticleRow>> query) {
        Generation generation = generation();
        List<ArticleRow> rows = query.get();
        Map<Long, ArticleRow> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        return summaries(
                generation,
                rows.stream().map(ArticleRow::id).toList(),
                missing -> assembler.summaries(missing.stream().map(byId::get).toList()));
    }

    private List<ArticleSummary> summaries(
            Generation generation, List<Long> ids, Function<List<Long>, List<ArticleSummary>> read) {
        if (ids.isEmpty()) {
            return List.of();
        }
        KeptRead.Reading reading = KeptRead.Reading.now();
        Map<Long, ArticleSummary> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            ArticleSummary kept = reading.mayUseKept() ? generation.stories().get(id) : null;
            if (kept == null) {
                missing.add(id);
            } else {
                found.put(id, kept);
            }
        }
        if (!missing.isEmpty()) {
            for (ArticleSummary story : read.apply(missing)) {
                found.put(story.id(), story);
                if (reading.mayKeep() && generation.stories().size() < KEPT_STORIES) {
                    generation.stories().put(story.id(), story);
                }
            }
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    private Generation generation() {
        Generation seen = current.get();
        long now = System.nanoTime();
        if (now - seen.startedAt() < KEPT_FOR.toNanos()) {
            return seen;
        }
        Generation fresh = new Generation(now);
        return current.compareAndSet(seen, fresh) ? fresh : current.get();
    }

    /** Runs after the commit of every change readers see, before the page cache's eviction. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onChange(ContentChanged change) {
        if (change.mayAlterStories()) {
            current.set(new Generation(System.nanoTime()));
        }
    }

    private record Generation(long startedAt, Map<Long, ArticleSummary> stories) {
        Generation(long startedAt) {
            this(startedAt, new ConcurrentHashMap<>());
        }
    }
}
