package news.bulletin.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import news.bulletin.shared.ContentChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered public pages, kept as bytes until something they show changes. Each page is filed under
 * the surrogate keys of what it shows; a committed {@link ContentChanged} evicts exactly the pages
 * filed under its keys. The cache is bounded in bytes; Caffeine's admission policy keeps a flood of
 * one-off pages from pushing out the pages readers keep asking for.
 */
@Component
public class PageCache {
    private final Cache<String, CachedPage> pages;
    private final ConcurrentHashMap<String, Set<String>> pagesByKey = new ConcurrentHashMap<>();
    /*
     * When each key was last changed, on a counter, so that a page rendered from data that changed
     * while it was being rendered is not kept: the change's eviction may have run before the page
     * was stored. A render takes milliseconds; ten minutes of memory is ample.
     */
    private final Cache<String, Long> changedAt =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(10)).build();
    private final AtomicLong changes = new AtomicLong();
    private final ConcurrentHashMap<String, CompletableFuture<@Nullable CachedPage>> rendering =
            new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final PageCacheProperties properties;

    PageCache(PageCacheProperties properties, PageFiles files) {
        this.properties = properties;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, CachedPage page) -> page.weight())
                .expireAfterWrite(properties.timeToLive())
                .removalListener((String key, CachedPage page, RemovalCause cause) -> {
                    if (page != null) {
                        files.deleteLater(page.plainFile());
                        files.deleteLater(page.gzipFile());
                    }
                    if (key != null && page != null && cause != RemovalCause.REPLACED) {
                        unfile(key, page);
                    }
                })
                .build();
    }

    /** How the cache is doing: for tests and operators. */
    public Stats stats() {
        pages.cleanUp();
        return new Stats(
                hits.sum(),
                renders.sum(),
                pages.estimatedSize(),
                pages.policy().eviction().orElseThrow().weightedSize().orElse(0));
    }

    /**
     * @param hits answers from the cache, including "not modified" ones
     * @param renders pages rendered and stored
     * @param pages pages held
     * @param bytes what they weigh
     */
    public record Stats(long hits, long renders, long pages, long bytes) {}

    boolean enabled() {
        return properties.enabled();
    }

    /** The largest page worth keeping: one that would take a sixteenth of the cache is not. */
    long maxPageBytes() {
        return properties.maxSize().toBytes() / 16;
    }

    String cacheControl() {
        return properties.cacheControl();
    }

    @Nullable
    CachedPage get(String cacheKey) {
        CachedPage page = pages.getIfPresent(cacheKey);
        if (page != null) {
            hits.increment();
        }
        return page;
    }

    /** The page if it is cached, not yet counted as a hit (the caller may not use it). */
    @Nullable
    CachedPage peek(String cacheKey) {
        return pages.getIfPresent(cacheKey);
    }

    /** Counts a reader served by a render another request made for them, or by a peeked page. */
    void countHit() {
        hits.increment();
    }

    /** The change counter before a render starts; {@link #store} needs it. */
    long beginRender() {
        return changes.get();
    }

    /**
     * Claims the render of a page: null when this request should render it, otherwise the render
     * in progress, which completes with the page or with null when it could not be cached.
     */
    @Nullable
    CompletableFuture<@Nullable CachedPage> claim(String cacheKey, CompletableFuture<@Nullable CachedPage> mine) {
        return rendering.putIfAbsent(cacheKey, mine);
    }

    void release(String cacheKey, CompletableFuture<@Nullable CachedPage> mine, @Nullable CachedPage page) {
        rendering.remove(cacheKey, mine);
        mine.complete(page);
    }

    void store(String cacheKey, CachedPage page, long renderBegan) {
        renders.increment();
        pages.put(cacheKey, page);
        for (String key : page.keys()) {
            pagesByKey.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(cacheKey);
        }
        // Filed first, checked second: a change that evicted before the filing is seen here, and one
        // that evicts after it finds the page filed.
        for (String key : page.keys()) {
            Long changed = changedAt.getIfPresent(key);
            if (changed != null && changed > renderBegan) {
                pages.asMap().remove(cacheKey, page);
                return;
            }
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(ContentChanged change) {
        evict(change.keys());
    }

    void evict(Set<String> keys) {
        long change = changes.incrementAndGet();
        for (String key : keys) {
            changedAt.put(key, change);
        }
        for (String key : keys) {
            Set<String> filed = pagesByKey.remove(key);
            if (filed != null) {
                pages.invalidateAll(filed);
            }
        }
    }

    /**
     * Forgets a removed page's filing. Removal is reported after the fact, so the page may have been
     * rendered and filed again meanwhile; that filing stays.
     */
    private void unfile(String cacheKey, CachedPage page) {
        for (String key : page.keys()) {
            pagesByKey.computeIfPresent(key, (k, filed) -> {
                CachedPage current = pages.asMap().get(cacheKey);
                if (current == null || !current.keys().contains(key)) {
                    filed.remove(cacheKey);
                }
                return filed.isEmpty() ? null : filed;
            });
        }
    }
}
