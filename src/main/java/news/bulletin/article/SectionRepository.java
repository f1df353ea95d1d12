package news.bulletin.article;

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

    private static Section section(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Section(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getString("description"),
                rs.getInt("nav_order"));
    }
}
