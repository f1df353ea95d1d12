package news.bulletin.popularity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** SQL for {@code popularity_hourly}: views per story per hour. */
@Repository
class HourlyViews {
    private final JdbcClient jdbc;

    HourlyViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static long hourOf(Instant instant) {
        return instant.getEpochSecond() / 3600;
    }

    /** Adds a batch of views to the current hour; a story deleted meanwhile is skipped. */
    @Transactional
    void add(Map<Long, Long> views, Instant now) {
        long hour = hourOf(now);
        views.forEach((id, count) -> jdbc.sql("""
                        INSERT INTO popularity_hourly (article_id, hour, views)
                        SELECT :id, :hour, :views WHERE EXISTS (SELECT 1 FROM articles WHERE id = :id)
                        ON CONFLICT (article_id, hour) DO UPDATE SET views = popularity_hourly.views + excluded.views
                        """)
                .param("id", id)
                .param("hour", hour)
                .param("views", count)
                .update());
    }

    /** Views of published stories by hour since a time. */
    List<Bucket> since(Instant since) {
        return jdbc.sql("""
                        SELECT p.article_id, p.hour, p.views FROM popularity_hourly p
                        JOIN articles a ON a.id = p.article_id
                        WHERE p.hour >= :hour AND a.status = 'PUBLISHED'
                        """)
                .param("hour", hourOf(since))
                .query((rs, n) -> new Bucket(rs.getLong("article_id"), rs.getLong("hour"), rs.getLong("views")))
                .list();
    }

    /** Removes hours older than anything the lists look at. */
    void forgetBefore(Instant before) {
        jdbc.sql("DELETE FROM popularity_hourly WHERE hour < :hour")
                .param("hour", hourOf(before.minus(Duration.ofHours(1))))
                .update();
    }

    record Bucket(long articleId, long hour, long views) {}
}
