package news.bulletin.popularity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import news.bulletin.article.Articles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts views in memory and stores them in batches: a view costs a map update, never a database
 * write. Counts are stored every few seconds and when the site stops, so a crash loses at most the
 * last few seconds.
 */
@Component
public class ViewCounter {
    private static final Logger log = LoggerFactory.getLogger(ViewCounter.class);
    private static final Pattern BOTS = Pattern.compile(
            "(?i)bot|crawl|spider|slurp|fetch|scan|monitor|curl|wget|python|java/|go-http|httpclient|headless"
                    + "|phantom|lighthouse|preview|facebookexternalhit|embedly|okhttp|axios|node-fetch");

    private final ConcurrentHashMap<Long, LongAdder> pending = new ConcurrentHashMap<>();
    private final Cache<String, AtomicInteger> perAddress;
    private final Cache<Long, Boolean> published;
    private final HourlyViews store;
    private final Articles articles;
    private final PopularityProperties properties;
    private final Clock clock;

    ViewCounter(HourlyViews store, Articles articles, PopularityProperties properties, Clock clock) {
        this.store = store;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
        this.perAddress = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(1))
                .maximumSize(100_000)
                .build();
        this.published = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(5))
                .maximumSize(50_000)
                .build();
    }

    /** Whether a user agent is a crawler, a monitor or a script rather than a reader's browser. */
    public static boolean isBot(String userAgent) {
        return userAgent.isBlank() || BOTS.matcher(userAgent).find();
    }

    /**
     * Counts a view if it is of a published story and the address has not sent too many; returns
     * whether it was counted.
     */
    public boolean count(long articleId, String address) {
        AtomicInteger sent = perAddress.get(address, key -> new AtomicInteger());
        if (sent.incrementAndGet() > properties.viewsPerAddressPerMinute()) {
            return false;
        }
        if (!published.get(articleId, articles::isPublished)) {
            return false;
        }
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        return true;
    }

    /** Views counted and not yet stored, for tests and the shutdown log. */
    long pendingViews() {
        return pending.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Scheduled(
            fixedDelayString = "${bulletin.popularity.flush-interval:5s}",
            initialDelayString = "${bulletin.popularity.flush-interval:5s}")
    public void flush() {
        Map<Long, Long> batch = new HashMap<>();
        for (Long id : pending.keySet()) {
            LongAdder adder = pending.remove(id);
            if (adder != null && adder.sum() > 0) {
                batch.put(id, adder.sum());
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            store.add(batch, clock.instant());
        } catch (RuntimeException e) {
            // Put them back to be tried again with the next batch rather than lose them.
            batch.forEach((id, views) ->
                    pending.computeIfAbsent(id, key -> new LongAdder()).add(views));
            log.warn("Could not store {} stories' views; will retry", batch.size(), e);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
