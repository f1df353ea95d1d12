package news.bulletin.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

    List<String> popularNames(int limit) {
        return jdbc.sql("""
                        SELECT t.name FROM tags t LEFT JOIN article_tags l ON l.tag_id = t.id
                        GROUP BY t.id, t.name ORDER BY COUNT(l.article_id) DESC, t.name LIMIT :limit
                        """).param("limit", limit).query(String.class).list();
    }

    Optional<Tag> findById(long id) {
        return jdbc.sql("SELECT id, name, slug FROM tags WHERE id = :id")
                .param("id", id)
                .query(TagRepository::tag)
                .optional();
    }

    /** Tags with how many published stories carry each, by name. */
    List<TagUse> uses(int limit, long offset) {
        return jdbc.sql("""
                        SELECT t.id, t.name, t.slug,
                            (SELECT COUNT(*) FROM article_tags l JOIN articles a ON a.id = l.article_id
                             WHERE l.tag_id = t.id AND a.status = 'PUBLISHED') AS stories
                        FROM tags t ORDER BY t.slug LIMIT :limit OFFSET :offset
                        """)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new TagUse(tag(rs, n), rs.getLong("stories")))
                .list();
    }

    /** Tags that at least one published story carries, by slug. */
    List<Tag> inUse(int limit) {
        return jdbc.sql("""
                        SELECT t.id, t.name, t.slug FROM tags t
                        WHERE EXISTS (SELECT 1 FROM article_tags l JOIN articles a ON a.id = l.article_id
                                      WHERE l.tag_id = t.id AND a.status = 'PUBLISHED')
                        ORDER BY t.slug LIMIT :limit
                        """).param("limit", limit).query(TagRepository::tag).list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM tags").query(Long.class).single();
    }

    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM tags WHERE slug = :slug AND id <> :id")
                        .param("slug", slug)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void rename(long id, String name, String slug) {
        jdbc.sql("UPDATE tags SET name = :name, slug = :slug WHERE id = :id")
                .param("name", name)
                .param("slug", slug)
                .param("id", id)
                .update();
    }

    /** Moves every story from one tag to another, skipping stories that already carry both. */
    void moveStories(long fromId, long toId) {
        jdbc.sql("""
                        INSERT INTO article_tags (article_id, tag_id)
                        SELECT article_id, :to FROM article_tags WHERE tag_id = :from
                        ON CONFLICT (article_id, tag_id) DO NOTHING
                        """).param("from", fromId).param("to", toId).update();
        jdbc.sql("DELETE FROM article_tags WHERE tag_id = :from")
                .param("from", fromId)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM tags WHERE id = :id").param("id", id).update();
    }

    void rememberOldSlug(String oldSlug, long tagId, Instant now) {
        jdbc.sql("DELETE FROM tag_slug_history WHERE old_slug = :slug")
                .param("slug", oldSlug)
                .update();
        jdbc.sql("INSERT INTO tag_slug_history (old_slug, tag_id, changed_at) VALUES (:slug, :id, :now)")
                .param("slug", oldSlug)
                .param("id", tagId)
                .param("now", now.toEpochMilli())
                .update();
    }

    /** Old slugs that pointed at a merged tag now point at the tag it was merged into. */
    void redirectOldSlugs(long fromId, long toId) {
        jdbc.sql("UPDATE tag_slug_history SET tag_id = :to WHERE tag_id = :from")
                .param("from", fromId)
                .param("to", toId)
                .update();
    }

    void forgetOldSlug(String slug) {
        jdbc.sql("DELETE FROM tag_slug_history WHERE old_slug = :slug")
                .param("slug", slug)
                .update();
    }

    Optional<Tag> findByOldSlug(String oldSlug) {
        return jdbc.sql("""
                        SELECT id, name, slug FROM tags
                        WHERE id = (SELECT tag_id FROM tag_slug_history WHERE old_slug = :slug)
                        """).param("slug", oldSlug).query(TagRepository::tag).optional();
    }

    private static Tag tag(ResultSet rs, int row) throws SQLException {
        return new Tag(rs.getLong("id"), rs.getString("name"), rs.getString("slug"));
    }
}
