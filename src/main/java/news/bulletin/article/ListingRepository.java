package news.bulletin.article;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for what readers list: published articles newest first, overall and by section, tag and
 * author, and an article's neighbours in its section. Every list is an indexed query with a limit.
 */
@Repository
class ListingRepository {
    static final int CANDIDATES = 100;
    private final JdbcClient jdbc;
    private final ArticlePaths paths;

    ListingRepository(JdbcClient jdbc, ArticlePaths paths) {
        this.jdbc = jdbc;
        this.paths = paths;
    }

    /** Published stories by id, in no particular order. */
    List<ArticleRow> published(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + """
                        FROM articles a WHERE a.id IN (:ids) AND a.status = 'PUBLISHED'
                        """)
                .param("ids", ids)
                .query(ArticleRow::map)
                .list();
    }

    /** Ids of published stories after an id, in id order, a batch at a time. */
    List<Long> publishedIdsAfter(long afterId, int limit) {
        return jdbc.sql("""
                        SELECT id FROM articles WHERE status = 'PUBLISHED' AND id > :after ORDER BY id LIMIT :limit
                        """)
                .param("after", afterId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /** Published stories in id order with their address parts and last change, for sitemaps. */
    List<SitemapEntry> sitemapEntries(int limit, long offset) {
        return jdbc.sql("""
                        SELECT slug, first_published_at, modified_at FROM articles
                        WHERE status = 'PUBLISHED' ORDER BY id LIMIT :limit OFFSET :offset
                        """)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new SitemapEntry(
                        paths.of(Instant.ofEpochMilli(rs.getLong("first_published_at")), rs.getString("slug")),
                        Instant.ofEpochMilli(rs.getLong("modified_at"))))
                .list();
    }

    List<ArticleRow> publishedSince(Instant since, int limit) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + """
                        FROM articles a WHERE a.status = 'PUBLISHED' AND a.first_published_at >= :since
                        ORDER BY a.first_published_at DESC, a.id DESC LIMIT :limit
                        """)
                .param("since", since.toEpochMilli())
                .param("limit", limit)
                .query(ArticleRow::map)
                .list();
    }

    /**
     * Published stories that share tags or the section with a story, each shared tag counting three
     * and the section one, best first and then newest. Only the newest {@link #CANDIDATES} of each
     * tag and of the section are considered, so the cost stays the same however many stories a
     * tag or section gathers over the years; a tag's newest are taken by id, which follows the order
     * stories were written in.
     */
    List<ScoredStory> sharingTagsOrSection(long articleId, @Nullable Long sectionId, int limit) {
        List<Long> tags = jdbc.sql("SELECT tag_id FROM article_tags WHERE article_id = :id")
                .param("id", articleId)
                .query(Long.class)
                .list();
        Set<Long> candidates = new LinkedHashSet<>();
        for (long tag : tags) {
            candidates.addAll(jdbc.sql("""
                            SELECT article_id FROM article_tags WHERE tag_id = :tag
                            ORDER BY article_id DESC LIMIT :limit
                            """)
                    .param("tag", tag)
                    .param("limit", CANDIDATES)
                    .query(Long.class)
                    .list());
        }
        if (sectionId != null) {
            candidates.addAll(jdbc.sql("""
                            SELECT id FROM articles WHERE section_id = :section AND status = 'PUBLISHED'
                            ORDER BY first_published_at DESC, id DESC LIMIT :limit
                            """)
                    .param("section", sectionId)
                    .param("limit", CANDIDATES)
                    .query(Long.class)
                    .list());
        }
        candidates.remove(articleId);
        if (candidates.isEmpty()) {
            return List.of();
        }
        /*
         * The status is compared through COALESCE so that no index on it can be used: with a few
         * hundred candidates SQLite's planner preferred walking every published story by status
         * (11 ms on 100,000 stories) to looking each candidate up by id (1 ms).
         */
        return jdbc.sql("""
                        SELECT a.id,
                            3 * (SELECT COUNT(*) FROM article_tags l WHERE l.article_id = a.id AND l.tag_id IN (:tags))
                            + CASE WHEN a.section_id = :section THEN 1 ELSE 0 END AS score
                        FROM articles a
                        WHERE a.id IN (:candidates) AND COALESCE(a.status, '') = 'PUBLISHED'
                        ORDER BY score DESC, a.first_published_at DESC, a.id DESC
                        LIMIT :limit
                        """)
                .param("tags", tags.isEmpty() ? List.of(-1L) : tags)
                .param("section", sectionId == null ? -1L : sectionId)
                .param("candidates", candidates)
                .param("limit", limit)
                .query((rs, n) -> new ScoredStory(rs.getLong("id"), rs.getInt("score")))
                .list();
    }

    List<Long> creditedPeople() {
        return jdbc.sql("""
                        SELECT DISTINCT b.person_id FROM bylines b JOIN articles a ON a.id = b.article_id
                        WHERE a.status = 'PUBLISHED' ORDER BY b.person_id
                        """).query(Long.class).list();
    }

    long countPublished() {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE status = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }

    /*
     * The page's ids come from the index alone (it holds the date and the id), and only those rows
     * are read: with OFFSET over the full rows, page 500 would read 10,000 rows to skip them.
     */
    List<ArticleRow> latest(int limit, long offset) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + """
                        FROM articles a JOIN (
                            SELECT id FROM articles WHERE status = 'PUBLISHED'
                            ORDER BY first_published_at DESC, id DESC LIMIT :limit OFFSET :offset) page
                            ON page.id = a.id
                        ORDER BY a.first_published_at DESC, a.id DESC
                        """)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRow::map)
                .list();
    }

    List<ArticleRow> latestInSection(long sectionId, int limit, long offset) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + """
                        FROM articles a JOIN (
                            SELECT id FROM articles WHERE section_id = :section AND status = 'PUBLISHED'
                            ORDER BY first_published_at DESC, id DESC LIMIT :limit OFFSET :offset) page
                            ON page.id = a.id
                        ORDER BY a.first_published_at DESC, a.id DESC
                        """)
                .param("section", sectionId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRow::map)
                .list();
    }

    long countInSection(long sectionId) {
        return jdbc.sql("SELECT COUNT(*) FROM articles WHERE section_id = :section AND status = 'PUBLISHED'")
                .param("section", sectionId)
                .query(Long.class)
                .single();
    }

    List<ArticleRow> latestWithTag(long tagId, int limit, long offset) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + """
                        FROM articles a JOIN article_tags t ON t.article_id = a.id
                        WHERE t.tag_id = :tag AND a.status = 'PUBLISHED'
                        ORDER BY a.first_published_at DESC, a.id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("tag", tagId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRow::map)
                .list();
    }

    long countWithTag(long tagId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM articles a JOIN article_tags t ON t.article_id = a.id
                        WHERE t.tag_id = :tag AND a.status = 'PUBLISHED'
                        """).param("tag", tagId).query(Long.class).single();
    }

    List<ArticleRow> latestBy(long personId, int limit, long offset) {
        return jdbc.sql("SELECT " + ArticleRow.SUMMARY_COLUMNS + """
                        FROM articles a JOIN bylines b ON b.article_id = a.id
                        WHERE b.person_id = :person AND a.status = 'PUBLISHED'
                        ORDER BY a.first_published_at DESC, a.id DESC
                        LIMIT :limit OFFSET :offset
                        """)
                .param("person", personId)
                .param("limit", limit)
                .param("offset", offset)
                .query(ArticleRow::map)
                .list();
    }

    long countBy(long personId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM articles a JOIN bylines b ON b.article_id = a.id
                        WHERE b.person_id = :person AND a.status = 'PUBLISHED'
                        """).param("person", personId).query(Long.class).single();
    }

    /**
     * The nearest older and the nearest newer story in the same section, ties broken by id so that
     * none is skipped, in one round trip: at most two rows, told apart by their dates. A row
     * comparison is one range of the section's index on PostgreSQL too; written with OR, it walked
     * that index from its far end (45 ms for the newest of 100,000 stories).
     */
    List<ArticleRow> neighboursInSection(long sectionId, long id, Instant publishedAt) {
        return jdbc.sql("SELECT * FROM (SELECT " + ArticleRow.SUMMARY_COLUMNS + """
                        FROM articles a
                        WHERE a.section_id = :section AND a.status = 'PUBLISHED'
                            AND (a.first_published_at, a.id) < (:at, :id)
                        ORDER BY a.first_published_at DESC, a.id DESC
                        LIMIT 1) older
                        UNION ALL
                        SELECT * FROM (SELECT""" + " " + ArticleRow.SUMMARY_COLUMNS
                        + """
                        FROM articles a
                        WHERE a.section_id = :section AND a.status = 'PUBLISHED'
                            AND (a.first_published_at, a.id) > (:at, :id)
                        ORDER BY a.first_published_at ASC, a.id ASC
                        LIMIT 1) newer
                        """)
                .param("section", sectionId)
                .param("at", publishedAt.toEpochMilli())
                .param("id", id)
                .query(ArticleRow::map)
                .list();
    }
}
