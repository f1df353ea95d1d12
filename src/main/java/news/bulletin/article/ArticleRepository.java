package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL that writes articles and finds one by id or slug; the reader's lists are in
 * {@link ListingRepository}. Times are stored as epoch milliseconds, the one representation SQLite
 * and PostgreSQL compare, index and bind alike.
 */
@Repository
class ArticleRepository {
    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ArticleDraft draft, String bodyHtml, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO articles (slug, headline, dek, body_markdown, body_html, status, section_id,
                            hero_media_id, hero_alt, hero_caption, hero_credit, comments_enabled,
                            created_at, modified_at, version)
                        VALUES (:slug, :headline, :dek, :markdown, :html, 'DRAFT', :sectionId,
                            :heroMediaId, :heroAlt, :heroCaption, :heroCredit, :commentsEnabled, :now, :now, 0)
                        """)
                .param("slug", draft.slug())
                .param("headline", draft.headline())
                .param("dek", draft.dek())
                .param("markdown", draft.bodyMarkdown())
                .param("html", bodyHtml)
                .param("sectionId", draft.sectionId())
                .param("heroMediaId", draft.heroMediaId())
                .param("heroAlt", draft.heroAlt())
                .param("heroCaption", draft.heroCaption())
                .param("heroCredit", draft.heroCredit())
                .param("commentsEnabled", draft.commentsEnabled())
                .param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void publish(long id, Instant firstPublishedAt, Instant now) {
        jdbc.sql("""
                        UPDATE articles SET status = 'PUBLISHED', submitted_at = NULL, scheduled_for = NULL,
                            first_published_at = COALESCE(first_published_at, :first),
                            modified_at = :now, version = version + 1
                        WHERE id = :id
                        """)
                .param("first", firstPublishedAt.toEpochMilli())
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    void schedule(long id, Instant at, Instant now) {
        jdbc.sql("""
                        UPDATE articles SET status = 'SCHEDULED', scheduled_for = :at, submitted_at = NULL, modified_at = :now,
                            version = version + 1
                        WHERE id = :id
                        """)
                .param("at", at.toEpochMilli())
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    /** Scheduled articles whose time has come, oldest first, a bounded batch at a time. */
    List<Long> dueForPublication(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT id FROM articles WHERE status = 'SCHEDULED' AND scheduled_for <= :now
                        ORDER BY scheduled_for, id LIMIT :limit
                        """)
                .param("now", now.toEpochMilli())
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * Publishes a scheduled article at its scheduled time. The status check in the same statement
     * makes this happen once, however many nodes or threads try at the same moment.
     */
    boolean publishScheduled(long id, Instant now) {
        return jdbc.sql("""
                        UPDATE articles SET status = 'PUBLISHED',
                            first_published_at = COALESCE(first_published_at, scheduled_for),
                            modified_at = :now, version = version + 1
                        WHERE id = :id AND status = 'SCHEDULED'
                        """).param("now", now.toEpochMilli()).param("id", id).update() == 1;
    }

    void setStatus(long id, ArticleStatus status, Instant now) {
        jdbc.sql("UPDATE articles SET status = :status, modified_at = :now, version = version + 1 WHERE id = :id")
                .param("status", status.name())
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    void setCommentsEnabled(long id, boolean enabled, Instant now) {
        jdbc.sql("UPDATE articles SET comments_enabled = :enabled, modified_at = :now WHERE id = :id")
                .param("enabled", enabled)
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    void markUpdated(long id, Instant updatedAt) {
        jdbc.sql("UPDATE articles SET updated_at = :at, modified_at = :at, version = version + 1 WHERE id = :id")
                .param("at", updatedAt.toEpochMilli())
                .param("id", id)
                .update();
    }

    void changeSlug(long id, String newSlug, Instant now) {
        jdbc.sql("UPDATE articles SET slug = :slug, modified_at = :now, version = version + 1 WHERE id = :id")
                .param("slug", newSlug)
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    boolean isPublished(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE id = :id AND status = 'PUBLISHED'")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE slug = :slug")
                        .param("slug", slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<ArticleRow> findBySlug(String slug) {
        return jdbc.sql("SELECT " + ArticleRow.ALL_COLUMNS + "FROM articles WHERE slug = :slug")
                .param("slug", slug)
                .query(ArticleRow::map)
                .optional();
    }

    Optional<ArticleRow> findById(long id) {
        return jdbc.sql("SELECT " + ArticleRow.ALL_COLUMNS + "FROM articles WHERE id = :id")
                .param("id", id)
                .query(ArticleRow::map)
                .optional();
    }

    void rememberOldSlug(String oldSlug, long articleId, Instant now) {
        jdbc.sql("DELETE FROM slug_history WHERE old_slug = :slug")
                .param("slug", oldSlug)
                .update();
        jdbc.sql("INSERT INTO slug_history (old_slug, article_id, changed_at) VALUES (:slug, :id, :now)")
                .param("slug", oldSlug)
                .param("id", articleId)
                .param("now", now.toEpochMilli())
                .update();
    }

    Optional<Long> articleIdForOldSlug(String oldSlug) {
        return jdbc.sql("SELECT article_id FROM slug_history WHERE old_slug = :slug")
                .param("slug", oldSlug)
                .query(Long.class)
                .optional();
    }

    void forgetOldSlug(String slug) {
        jdbc.sql("DELETE FROM slug_history WHERE old_slug = :slug")
                .param("slug", slug)
                .update();
    }
}
