package news.bulletin.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the {@code media} table. */
@Repository
class MediaRepository {
    private static final String COLUMNS = "id, storage_key, content_type, width, height";

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String key, String contentType, int width, int height, long byteSize, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO media (storage_key, content_type, width, height, byte_size, created_at)
                        VALUES (:key, :contentType, :width, :height, :byteSize, :now)
                        """)
                .param("key", key)
                .param("contentType", contentType)
                .param("width", width)
                .param("height", height)
                .param("byteSize", byteSize)
                .param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Media> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id = :id")
                .param("id", id)
                .query(MediaRepository::media)
                .optional();
    }

    Optional<Media> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE storage_key = :key")
                .param("key", key)
                .query(MediaRepository::media)
                .optional();
    }

    List<Media> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id IN (:ids)")
                .param("ids", ids)
                .query(MediaRepository::media)
                .list();
    }

    private static Media media(ResultSet rs, int row) throws SQLException {
        return new Media(
                rs.getLong("id"),
                rs.getString("storage_key"),
                rs.getString("content_type"),
                rs.getInt("width"),
                rs.getInt("height"));
    }
}
