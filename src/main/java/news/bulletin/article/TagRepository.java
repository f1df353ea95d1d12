package news.bulletin.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code tags} and the {@code article_tags} links. */
@Repository
class TagRepository {
    private final JdbcClient jdbc;

    TagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the tag unless one with its slug exists; safe when two writers add it at once. */
    void insertIfAbsent(String name, String slug) {
        jdbc.sql("INSERT INTO tags (name, slug) VALUES (:name, :slug) ON CONFLICT (slug) DO NOTHING")
                .param("name", name)
                .param("slug", slug)
                .update();
    }

    Optional<Tag> findBySlug(String slug) {
        return jdbc.sql("SELECT id, name, slug FROM tags WHERE slug = :slug")
                .param("slug", slug)
                .query(TagRepository::tag)
                .optional();
    }

    List<Tag> forArticle(long articleId) {
        return jdbc.sql("""
                        SELECT t.id, t.name, t.slug FROM tags t JOIN article_tags l ON l.tag_id = t.id
                        WHERE l.article_id = :id ORDER BY t.slug
                        """).param("id", articleId).query(TagRepository::tag).list();
    }

    void link(long articleId, long tagId) {
        jdbc.sql("INSERT INTO article_tags (article_id, tag_id) VALUES (:article, :tag)")
                .param("article", articleId)
                .param("tag", tagId)
                .update();
    }

    private static Tag tag(ResultSet rs, int row) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("slug"));
    }
}
