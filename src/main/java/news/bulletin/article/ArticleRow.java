package news.bulletin.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One row of {@code articles} as stored, before bylines, section and image are attached. */
record ArticleRow(
        long id,
        String slug,
        String headline,
        String dek,
        String bodyHtml,
        ArticleStatus status,
        @Nullable Long sectionId,
        @Nullable Long heroMediaId,
        String heroAlt,
        String heroCaption,
        String heroCredit,
        @Nullable Instant firstPublishedAt,
        @Nullable Instant updatedAt,
        boolean commentsEnabled,
        String seoTitle,
        String seoDescription) {

    /** The columns {@link #map} reads, for lists: the body and the words for search engines are never needed there. */
    static final String SUMMARY_COLUMNS = """
            a.id, a.slug, a.headline, a.dek, '' AS body_html, a.status, a.section_id, a.hero_media_id,
            a.hero_alt, a.hero_caption, a.hero_credit, a.first_published_at, a.updated_at, a.comments_enabled,
            '' AS seo_title, '' AS seo_description
            """;

    /** Every column {@link #map} reads, for one whole story. */
    static final String ALL_COLUMNS = """
            id, slug, headline, dek, body_html, status, section_id, hero_media_id, hero_alt, hero_caption,
            hero_credit, first_published_at, updated_at, comments_enabled, seo_title, seo_description
            """;

    static ArticleRow map(ResultSet rs, int row) throws SQLException {
        return new ArticleRow(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("headline"),
                rs.getString("dek"),
                rs.getString("body_html"),
                ArticleStatus.valueOf(rs.getString("status")),
                nullableLong(rs, "section_id"),
                nullableLong(rs, "hero_media_id"),
                rs.getString("hero_alt"),
                rs.getString("hero_caption"),
                rs.getString("hero_credit"),
                instant(rs, "first_published_at"),
                instant(rs, "updated_at"),
                rs.getBoolean("comments_enabled"),
                rs.getString("seo_title"),
                rs.getString("seo_description"));
    }

    /** A nullable BIGINT column, read the same way on both databases. */
    static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A nullable time column, stored as epoch milliseconds. */
    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Long millis = nullableLong(rs, column);
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
