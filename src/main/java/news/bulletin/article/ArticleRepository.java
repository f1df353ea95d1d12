package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for the {@code articles} table. Times are stored as epoch milliseconds, the one representation
 * SQLite and PostgreSQL compare, index and bind alike.
 */
@Repository
class ArticleRepository {
    private static final String PUBLISHED = "a.status = 'PUBLISHED'";
    private static final String NEWEST_FIRST = " ORDER BY a.first_published_at DESC, a.id DESC";

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
                        UPDATE articles SET status = 'PUBLISHED',
                            first_published_at = COALESCE(first_published_at, :first),
                            modified_at = :now, version = version + 1
                        WHERE id = :id
                        """)
                .param("first", firstPublishedAt.toEpochMilli())
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    void setStatus(long id, ArticleStatus status, Instant now) {
        jdbc.sql("UPDATE articles SET status = :status, modified_at = :now, version = version + 1 WHERE id = :id")
                .param("status", status.name())
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

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE slug = :slug")
                        .param("slug", slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<ArticleRow> findBySlug(String slug) {
        return jdbc.sql("SELECT " + ArticleRow.FULL_COLUMNS + " FROM articles a WHERE a.slug = :slug")
                .param("slug", slug)
                .query(ArticleRow::map)
                .optional();
    }

    Optional<ArticleRow> findById(long id) {
        return jdbc.sql("SELECT " + ArticleRow.FULL_COLUMNS + " FROM articles a WHERE a.id = :id")
                .param("id", id)
                .query(ArticleRow::map)
                .optional();
    }

    List<ArticleRow> latest(int limit, long offset) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + " FROM articles a WHERE " + PUBLISHED + NEWEST_FIRST
                        + " LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRow::map)
                .list();
    }

    long countPublished() {
        return jdbc.sql("SELECT COUNT(*) FROM articles a WHERE " + PUBLISHED)
                .query(Long.class)
                .single();
    }

    List<ArticleRow> latestInSection(long sectionId, int limit, long offset) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + " FROM articles a WHERE a.section_id = :section AND "
                        + PUBLISHED + NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
                .param("section", sectionId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRow::map)
                .list();
    }

    long countInSection(long sectionId) {
        return jdbc.sql("SELECT COUNT(*) FROM articles a WHERE a.section_id = :section AND " + PUBLISHED)
                .param("section", sectionId)
                .query(Long.class)
                .single();
    }

    List<ArticleRow> latestWithTag(long tagId, int limit, long offset) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS
                        + " FROM articles a JOIN article_tags t ON t.article_id = a.id WHERE t.tag_id = :tag AND "
                        + PUBLISHED + NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
                .param("tag", tagId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRow::map)
                .list();
    }

    long countWithTag(long tagId) {
        return jdbc.sql("SELECT COUNT(*) FROM articles a JOIN article_tags t ON t.article_id = a.id"
                        + " WHERE t.tag_id = :tag AND " + PUBLISHED)
                .param("tag", tagId)
                .query(Long.class)
                .single();
    }

    List<ArticleRow> latestBy(long personId, int limit, long offset) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS
                        + " FROM articles a JOIN bylines b ON b.article_id = a.id WHERE b.person_id = :person AND "
                        + PUBLISHED + NEWEST_FIRST + " LIMIT :limit OFFSET :offset")
                .param("person", personId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRow::map)
                .list();
    }

    long countBy(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM articles a JOIN bylines b ON b.article_id = a.id"
                        + " WHERE b.person_id = :person AND " + PUBLISHED)
                .param("person", personId)
                .query(Long.class)
                .single();
    }

    /** The next story in the same section in the given direction of time, skipping the article itself. */
    Optional<ArticleRow> neighbourInSection(long sectionId, long id, Instant publishedAt, boolean newer) {
        String comparison = newer
                ? "(a.first_published_at > :at OR (a.first_published_at = :at AND a.id > :id))"
                : "(a.first_published_at < :at OR (a.first_published_at = :at AND a.id < :id))";
        String order = newer ? " ORDER BY a.first_published_at ASC, a.id ASC" : NEWEST_FIRST;
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + " FROM articles a WHERE a.section_id = :section AND "
                        + PUBLISHED + " AND " + comparison + order + " LIMIT 1")
                .param("section", sectionId)
                .param("at", publishedAt.toEpochMilli())
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
