package news.bulletin.popularity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.bulletin.article.Articles;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stories read most over a window, each hour's views worth a little less than the next hour's,
 * so that a story read steadily today beats one read heavily the day before yesterday. Lists are
 * worked out at most every half minute and kept in memory; showing one reads no table.
 */
@Service
public class MostPopular {
    public static final int SIDEBAR = 5;
    public static final int PAGE = 20;
    private static final Duration KEEP = Duration.ofDays(8);

    private final HourlyViews views;
    private final Articles articles;
    private final PopularityProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<ListKey, PopularList> lists = new ConcurrentHashMap<>();

    private record ListKey(int count, Duration window) {}

    MostPopular(
            HourlyViews views,
            Articles articles,
            PopularityProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.views = views;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** The top stories over the configured window, for sidebars. */
    public PopularList sidebar() {
        return top(SIDEBAR, properties.window());
    }

    public PopularList top(int count, Duration window) {
        if (count > PAGE) {
            throw new IllegalArgumentException("at most " + PAGE + " stories");
        }
        return lists.computeIfAbsent(new ListKey(count, window), key -> compute(count, window));
    }

    /**
     * Works the lists out again from the stored views, every half minute, and tells the page cache
     * when one of them changed, so pages showing Most Popular are rendered again only then.
     */
    @Scheduled(
            fixedDelayString = "${bulletin.popularity.refresh:30s}",
            initialDelayString = "${bulletin.popularity.refresh:30s}")
    public void refresh() {
        boolean changed = false;
        for (ListKey key : List.copyOf(lists.keySet())) {
            PopularList fresh = compute(key.count(), key.window());
            PopularList before = lists.put(key, fresh);
            changed |= before == null || !before.equals(fresh);
        }
        if (changed) {
            events.publishEvent(ContentChanged.of(ContentKeys.POPULAR));
        }
    }

    @Transactional(readOnly = true)
    PopularList compute(int count, Duration window) {
        Instant now = clock.instant();
        long currentHour = HourlyViews.hourOf(now);
        Map<Long, Double> scores = new HashMap<>();
        for (HourlyViews.Bucket bucket : views.since(now.minus(window))) {
            double weight = Math.pow(properties.hourlyDecay(), Math.max(0, currentHour - bucket.hour()));
            scores.merge(bucket.articleId(), bucket.views() * weight, Double::sum);
        }
        if (scores.isEmpty()) {
            return new PopularList(articles.latest(count), true);
        }
        List<Long> best = scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
        return new PopularList(articles.summaries(best), false);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
    void forgetOldHours() {
        views.forgetBefore(clock.instant().minus(KEEP));
    }
}
