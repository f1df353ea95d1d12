package news.bulletin.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the newsroom's lists of stories in every state. */
@Repository
class DeskRepository {
    private static final String COLUMNS = """
            SELECT a.id, a.slug, a.headline, a.status, s.name AS section_name, a.modified_at, a.scheduled_for,
                a.first_published_at
            FROM articles a LEFT JOIN sections s ON s.id = a.section_id
            """;

    private final JdbcClient jdbc;
    private final ArticlePaths paths;

    DeskRepository(JdbcClient jdbc, ArticlePaths paths) {
        this.jdbc = jdbc;
        this.paths = paths;
    }

    List<DeskItem> draftsBy(long personId, int limit) {
        return jdbc.sql(COLUMNS + """
                        WHERE a.status = 'DRAFT' AND a.submitted_at IS NULL
                            AND (a.created_by = :person OR a.id IN (SELECT article_id FROM bylines WHERE person_id = :person))
                        ORDER BY a.modified_at DESC, a.id DESC LIMIT :limit
                        """)
                .param("person", personId)
                .param("limit", limit)
                .query(this::item)
                .list();
    }

    List<DeskItem> inReview(int limit) {
        return jdbc.sql(COLUMNS + """
                        WHERE a.status = 'DRAFT' AND a.submitted_at IS NOT NULL
                        ORDER BY a.submitted_at, a.id LIMIT :limit
                        """).param("limit", limit).query(this::item).list();
    }

    List<DeskItem> scheduled(int limit) {
        return jdbc.sql(COLUMNS + " WHERE a.status = 'SCHEDULED' ORDER BY a.scheduled_for, a.id LIMIT :limit")
                .param("limit", limit)
                .query(this::item)
                .list();
    }

    List<DeskItem> recentlyPublished(int limit) {
        return jdbc.sql(COLUMNS
                        + " WHERE a.status = 'PUBLISHED' ORDER BY a.first_published_at DESC, a.id DESC LIMIT :limit")
                .param("limit", limit)
                .query(this::item)
                .list();
    }

    private DeskItem item(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        Instant published = ArticleRow.instant(rs, "first_published_at");
        Instant when = switch (status) {
            case "SCHEDULED" -> ArticleRow.instant(rs, "scheduled_for");
            case "PUBLISHED" -> published;
            default -> Instant.ofEpochMilli(rs.getLong("modified_at"));
        };
        return new DeskItem(
                rs.getLong("id"),
                rs.getString("headline"),
                status,
                rs.getString("section_name"),
                when == null ? Instant.ofEpochMilli(rs.getLong("modified_at")) : when,
                "PUBLISHED".equals(status) && published != null ? paths.of(published, rs.getString("slug")) : null);
    }
}
