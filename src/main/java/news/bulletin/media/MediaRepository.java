package news.bulletin.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the {@code media} table. */
@Repository
class MediaRepository {
    private static final String COLUMNS = """
            id, storage_key, content_type, width, height, alt, caption, credit, variant_widths, original_name,
            byte_size, created_at
            """;
    private static final String SEARCH = """
            (:query = '' OR LOWER(alt) LIKE :pattern ESCAPE '\\' OR LOWER(caption) LIKE :pattern ESCAPE '\\'
                OR LOWER(credit) LIKE :pattern ESCAPE '\\' OR LOWER(original_name) LIKE :pattern ESCAPE '\\')
            """;

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            String key,
            ImageProcessor.Processed image,
            String originalName,
            String alt,
            @Nullable Long uploadedBy,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO media (storage_key, content_type, width, height, byte_size, alt, original_name,
                            variant_widths, uploaded_by, created_at)
                        VALUES (:key, :contentType, :width, :height, :byteSize, :alt, :originalName, :variants,
                            :uploadedBy, :now)
                        """)
                .param("key", key)
                .param("contentType", image.contentType())
                .param("width", image.width())
                .param("height", image.height())
                .param("byteSize", image.bytes().length)
                .param("alt", alt)
                .param("originalName", originalName)
                .param(
                        "variants",
                        image.variants().keySet().stream().map(String::valueOf).collect(Collectors.joining(",")))
                .param("uploadedBy", uploadedBy)
                .param("now", now.toEpochMilli())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void describe(long id, String alt, String caption, String credit) {
        jdbc.sql("UPDATE media SET alt = :alt, caption = :caption, credit = :credit WHERE id = :id")
                .param("alt", alt)
                .param("caption", caption)
                .param("credit", credit)
                .param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
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

    /** Newest first, optionally only items whose words or file name contain the query. */
    List<Media> search(String query, boolean describedOnly, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE " + SEARCH + describedOnlyClause(describedOnly)
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("query", query)
                .param("pattern", pattern(query))
                .param("limit", limit)
                .param("offset", offset)
                .query(MediaRepository::media)
                .list();
    }

    long count(String query, boolean describedOnly) {
        return jdbc.sql("SELECT COUNT(*) FROM media WHERE " + SEARCH + describedOnlyClause(describedOnly))
                .param("query", query)
                .param("pattern", pattern(query))
                .query(Long.class)
                .single();
    }

    private static String describedOnlyClause(boolean describedOnly) {
        return describedOnly ? " AND alt <> ''" : "";
    }

    private static String pattern(String query) {
        String escaped = query.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static Media media(ResultSet rs, int row) throws SQLException {
        String widths = rs.getString("variant_widths");
        return new Media(
                rs.getLong("id"),
                rs.getString("storage_key"),
                rs.getString("content_type"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getString("alt"),
                rs.getString("caption"),
                rs.getString("credit"),
                widths.isEmpty()
                        ? List.of()
                        : Arrays.stream(widths.split(",")).map(Integer::valueOf).toList(),
                rs.getString("original_name"),
                rs.getLong("byte_size"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
