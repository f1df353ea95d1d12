package news.bulletin.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One stored comment. */
record CommentRow(
        long id,
        long articleId,
        long authorId,
        @Nullable Long parentId,
        @Nullable Long rootId,
        int depth,
        String bodyText,
        CommentStatus status,
        @Nullable String holdReason,
        boolean deleted,
        Instant createdAt,
        @Nullable Instant editedAt) {

    static final String COLUMNS = """
            id, article_id, author_id, parent_id, root_id, depth, body_text, status, hold_reason,
            deleted, created_at, edited_at
            """;

    /** The thread this comment belongs to: its root, or itself for a top-level comment. */
    long threadId() {
        return rootId == null ? id : rootId;
    }

    boolean isVisibleToAll() {
        return status == CommentStatus.APPROVED && !deleted;
    }

    static CommentRow map(ResultSet rs, int row) throws SQLException {
        return new CommentRow(
                rs.getLong("id"),
                rs.getLong("article_id"),
                rs.getLong("author_id"),
                nullableLong(rs, "parent_id"),
                nullableLong(rs, "root_id"),
                rs.getInt("depth"),
                rs.getString("body_text"),
                CommentStatus.valueOf(rs.getString("status")),
                rs.getString("hold_reason"),
                rs.getBoolean("deleted"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                nullableLong(rs, "edited_at") == null ? null : Instant.ofEpochMilli(rs.getLong("edited_at")));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
