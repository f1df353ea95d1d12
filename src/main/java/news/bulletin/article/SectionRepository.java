package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the {@code sections} table. */
@Repository
class SectionRepository {
    private static final String SELECT = "SELECT id, name, slug, description, nav_order FROM sections";

    private final JdbcClient jdbc;

    SectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, String slug, String description, int navOrder) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO sections (name, slug, description, nav_order)
                        VALUES (:name, :slug, :description, :navOrder)
                        """)
                .param("name", name)
                .param("slug", slug)
                .param("description", description)
                .param("navOrder", navOrder)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Section> all() {
        return jdbc.sql(SELECT + " ORDER BY nav_order, slug")
                .query(SectionRepository::section)
                .list();
    }

    Optional<Section> findBySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE slug = :slug")
                .param("slug", slug)
                .query(SectionRepository::section)
                .optional();
    }

    Optional<Section> findById(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", id)
                .query(SectionRepository::section)
                .optional();
    }

    boolean slugTaken(String slug, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM sections WHERE slug = :slug AND id <> :id")
                        .param("slug", slug)
                        .param("id", exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void update(long id, String name, String slug, String description) {
        jdbc.sql("UPDATE sections SET name = :name, slug = :slug, description = :description WHERE id = :id")
                .param("name", name)
                .param("slug", slug)
                .param("description", description)
                .param("id", id)
                .update();
    }

    void setNavOrder(long id, int navOrder) {
        jdbc.sql("UPDATE sections SET nav_order = :order WHERE id = :id")
                .param("order", navOrder)
                .param("id", id)
                .update();
    }

    int nextNavOrder() {
        return jdbc.sql("SELECT COALESCE(MAX(nav_order), 0) + 1 FROM sections")
                .query(Integer.class)
                .single();
    }

    void rememberOldSlug(String oldSlug, long sectionId, Instant now) {
        jdbc.sql("DELETE FROM section_slug_history WHERE old_slug = :slug")
                .param("slug", oldSlug)
                .update();
        jdbc.sql("INSERT INTO section_slug_history (old_slug, section_id, changed_at) VALUES (:slug, :id, :now)")
                .param("slug", oldSlug)
                .param("id", sectionId)
                .param("now", now.toEpochMilli())
                .update();
    }

    void forgetOldSlug(String slug) {
        jdbc.sql("DELETE FROM section_slug_history WHERE old_slug = :slug")
                .param("slug", slug)
                .update();
    }

    Optional<Section> findByOldSlug(String oldSlug) {
        return jdbc.sql(SELECT + " WHERE id = (SELECT section_id FROM section_slug_history WHERE old_slug = :slug)")
                .param("slug", oldSlug)
                .query(SectionRepository::section)
                .optional();
    }

    private static Section section(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Section(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getString("description"),
                rs.getInt("nav_order"));
    }
}
