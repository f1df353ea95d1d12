package news.bulletin.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import news.bulletin.shared.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the {@code people} table. */
@Repository
class PersonRepository {
    private static final String COLUMNS = "id, name, slug, bio, role, photo_media_id";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            String name,
            String slug,
            String bio,
            Role role,
            @Nullable String email,
            @Nullable String passwordHash,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO people (name, slug, bio, role, email, password_hash, enabled, created_at)
                        VALUES (:name, :slug, :bio, :role, :email, :passwordHash, TRUE, :now)
                        """)
                .param("name", name)
                .param("slug", slug)
                .param("bio", bio)
                .param("role", role.name())
                .param("email", email)
                .param("passwordHash", passwordHash)
                .param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Person> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people WHERE id = :id")
                .param("id", id)
                .query(PersonRepository::person)
                .optional();
    }

    Optional<Person> findBySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people WHERE slug = :slug")
                .param("slug", slug)
                .query(PersonRepository::person)
                .optional();
    }

    List<Person> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM people WHERE id IN (:ids)")
                .param("ids", ids)
                .query(PersonRepository::person)
                .list();
    }

    /** Everyone who can be credited on a story, by name. */
    List<Person> staff(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people WHERE role <> 'READER' AND deleted_at IS NULL"
                        + " ORDER BY name, id LIMIT :limit")
                .param("limit", limit)
                .query(PersonRepository::person)
                .list();
    }

    /** The slug for a name, numbered ("ada-brandt-2") when it is taken. */
    String freeSlug(String name) {
        String base = Slugs.of(name).isEmpty() ? "person" : Slugs.of(name);
        String slug = base;
        for (int n = 2; slugExists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean slugExists(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM people WHERE slug = :slug")
                        .param("slug", slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("slug"),
                rs.getString("bio"),
                Role.valueOf(rs.getString("role")),
                photo(rs));
    }

    private static @Nullable Long photo(ResultSet rs) throws SQLException {
        long id = rs.getLong("photo_media_id");
        return rs.wasNull() ? null : id;
    }

    void updateProfile(long id, String bio, @Nullable Long photoMediaId) {
        jdbc.sql("UPDATE people SET bio = :bio, photo_media_id = :photo WHERE id = :id")
                .param("bio", bio)
                .param("photo", photoMediaId)
                .param("id", id)
                .update();
    }

    List<Person> withPhoto(long mediaId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM people WHERE photo_media_id = :media ORDER BY name")
                .param("media", mediaId)
                .query(PersonRepository::person)
                .list();
    }
}
