package news.bulletin.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the {@code people} table. */
@Repository
class PersonRepository {
    private static final String COLUMNS = "id, name, slug, bio, role";

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

    Optional<Credentials> findCredentials(String email) {
        return jdbc.sql("""
                        SELECT name, email, password_hash, role, enabled
                        FROM people WHERE email = :email AND password_hash IS NOT NULL
                        """)
                .param("email", email)
                .query((rs, n) -> new Credentials(
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getBoolean("enabled")))
                .optional();
    }

    long countWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM people WHERE role = :role")
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    boolean slugExists(String slug) {
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
                Role.valueOf(rs.getString("role")));
    }

    /** What sign-in needs to know about an account; never leaves the module. */
    record Credentials(String name, String email, String passwordHash, Role role, boolean enabled) {}
}
