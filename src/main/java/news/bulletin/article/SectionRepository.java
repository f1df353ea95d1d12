package news.bulletin.article;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * SQL for the {@code sections} table, and the list of every section kept in memory: every page
 * shows it (the navigation, each story's section label), and it changes perhaps once a month.
 */
@Repository
class SectionRepository {
    private static final String SELECT = "SELECT id, name, slug, description, nav_order FROM sections";
    private static final Duration KEPT = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final KeptRead<List<Section>> kept = new KeptRead<>(KEPT);

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
        changed();
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Every section, in navigation order; kept in memory (see {@link KeptRead}) until a change. */
    List<Section> all() {
        return kept.get(() -> jdbc.sql(SELECT + " ORDER BY nav_order, slug")
                .query(SectionRepository::section)
                .list());
    }

    /**
     * Forgets the kept list at once and again when the writing transaction commits, ahead of the
     * page cache's eviction, so that no page rendered after the eviction shows the old list.
     */
    private void changed() {
        kept.forget();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }

                @Override
                public void afterCommit() {
                    kept.forget();
                }

                @Override
                public void afterCompletion(int status) {
                    kept.forget();
                }
            });
        }
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
        changed();
    }

    void setNavOrder(long id, int navOrder) {
        jdbc.sql("UPDATE sections SET nav_order = :order WHERE id = :id")
                .param("order", navOrder)
                .param("id", id)
                .update();
        changed();
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
