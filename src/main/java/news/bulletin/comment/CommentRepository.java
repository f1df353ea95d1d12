package news.bulletin.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import news.bulletin.shared.KeptAnswers;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * SQL for comments. What a reader sees: approved comments, their own waiting ones, and deleted
 * ones (shown as "comment deleted" when replies hang from them).
 */
@Repository
class CommentRepository {
    private static final int SAME_TEXT_LOOKBACK = 50;

    /*
     * Asked on every post and on every signed-in story view: both read the reader's own comments on
     * the story through their index, never all of a story's comments (CommentQueryPlanTests).
     */
    static final String SAME_TEXT = """
            SELECT COUNT(*) FROM (
                SELECT body_text, deleted FROM comments WHERE author_id = :author AND article_id = :article
                ORDER BY created_at DESC LIMIT :latest) t
            WHERE body_text = :text AND deleted = FALSE
            """;
    static final String COMMENTED_HERE = """
            SELECT COUNT(*) FROM (
                SELECT 1 FROM comments WHERE author_id = :person AND article_id = :article LIMIT 1) t
            """;
    private static final String VISIBLE_TO_VIEWER =
            "(c.status = 'APPROVED' OR (c.status = 'PENDING' AND c.author_id = :viewer))";

    /** Whether a reader has comments on a story, in any state: asked on every signed-in story view. */
    private final KeptAnswers<ReaderOnStory, Boolean> commentedHere = new KeptAnswers<>();

    /** Whether a reader is banned from commenting: asked on every signed-in story view. */
    private final KeptAnswers<Long, Boolean> banned = new KeptAnswers<>();

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewComment comment, Instant now) {
        commentedHere.forget(new ReaderOnStory(comment.authorId(), comment.articleId()));
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO comments (article_id, author_id, parent_id, root_id, depth, body_text,
                            status, hold_reason, deleted, created_at, approved_at)
                        VALUES (:article, :author, :parent, :root, :depth, :text, :status, :reason, FALSE, :now,
                            :approvedAt)
                        """)
                .param("article", comment.articleId())
                .param("author", comment.authorId())
                .param("parent", comment.parentId())
                .param("root", comment.rootId())
                .param("depth", comment.depth())
                .param("text", comment.text())
                .param("status", comment.status().name())
                .param("reason", comment.holdReason())
                .param("now", now.toEpochMilli())
                .param("approvedAt", comment.status() == CommentStatus.APPROVED ? now.toEpochMilli() : null)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<CommentRow> findById(long id) {
        return jdbc.sql("SELECT " + CommentRow.COLUMNS + " FROM comments WHERE id = :id")
                .param("id", id)
                .query(CommentRow::map)
                .optional();
    }

    long countSince(long authorId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM comments WHERE author_id = :author AND created_at >= :since")
                .param("author", authorId)
                .param("since", since.toEpochMilli())
                .query(Long.class)
                .single();
    }

    /**
     * Whether the text repeats one of the author's latest comments on the story: a second press of
     * the button, or the same text pasted again. Only the latest are compared, so a post costs the
     * same however many comments its author has left there before.
     */
    boolean hasSame(long authorId, long articleId, String text) {
        return jdbc.sql(SAME_TEXT)
                        .param("latest", SAME_TEXT_LOOKBACK)
                        .param("author", authorId)
                        .param("article", articleId)
                        .param("text", text)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean hasApproved(long authorId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (
                            SELECT 1 FROM comments WHERE author_id = :author AND approved_at IS NOT NULL LIMIT 1) t
                        """).param("author", authorId).query(Long.class).single() > 0;
    }

    /** Comments everyone can read, leaving out replies in threads whose first comment is hidden. */
    long countShown(long articleId) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM comments c
                        WHERE c.article_id = :article AND c.status = 'APPROVED' AND c.deleted = FALSE
                            AND (c.root_id IS NULL OR EXISTS (
                                SELECT 1 FROM comments r WHERE r.id = c.root_id AND r.status = 'APPROVED'))
                        """).param("article", articleId).query(Long.class).single();
    }

    long countTopLevel(long articleId, long viewerId) {
        return jdbc.sql("SELECT COUNT(*) FROM comments c WHERE c.article_id = :article AND c.parent_id IS NULL AND "
                        + VISIBLE_TO_VIEWER)
                .param("article", articleId)
                .param("viewer", viewerId)
                .query(Long.class)
                .single();
    }

    List<CommentRow> topLevel(long articleId, long viewerId, int limit, long offset) {
        return jdbc.sql("SELECT " + CommentRow.COLUMNS
                        + " FROM comments c WHERE c.article_id = :article AND c.parent_id IS NULL AND "
                        + VISIBLE_TO_VIEWER
                        + " ORDER BY c.created_at, c.id LIMIT :limit OFFSET :offset")
                .param("article", articleId)
                .param("viewer", viewerId)
                .param("limit", limit)
                .param("offset", offset)
                .query(CommentRow::map)
                .list();
    }

    List<CommentRow> replies(long articleId, Collection<Long> rootIds, long viewerId) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + CommentRow.COLUMNS
                        + " FROM comments c WHERE c.article_id = :article AND c.root_id IN (:roots) AND "
                        + VISIBLE_TO_VIEWER
                        + " ORDER BY c.created_at, c.id")
                .param("article", articleId)
                .param("roots", rootIds)
                .param("viewer", viewerId)
                .query(CommentRow::map)
                .list();
    }

    void updateText(long id, String text, CommentStatus status, @Nullable String reason, Instant now) {
        jdbc.sql("""
                        UPDATE comments SET body_text = :text, status = :status,
                            hold_reason = :reason, edited_at = :now
                        WHERE id = :id
                        """)
                .param("text", text)
                .param("status", status.name())
                .param("reason", reason)
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    /** The stories these comments are under. */
    List<Long> articlesOf(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT article_id FROM comments WHERE id IN (:ids)")
                .param("ids", ids)
                .query(Long.class)
                .list();
    }

    /** Keeps the row, so replies keep their place, and forgets what it said. */
    int markDeleted(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("UPDATE comments SET deleted = TRUE, body_text = '' WHERE id IN (:ids)")
                .param("ids", ids)
                .update();
    }

    /** Sets the status of comments that have a different one; returns those that changed. */
    List<Long> changeStatus(Collection<Long> ids, CommentStatus status, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> changing = jdbc.sql(
                        "SELECT id FROM comments WHERE id IN (:ids) AND status <> :status AND deleted = FALSE")
                .param("ids", ids)
                .param("status", status.name())
                .query(Long.class)
                .list();
        if (!changing.isEmpty()) {
            jdbc.sql("""
                            UPDATE comments SET status = :status, hold_reason = NULL,
                                approved_at = CASE WHEN :status = 'APPROVED' THEN :now ELSE approved_at END
                            WHERE id IN (:ids)
                            """)
                    .param("status", status.name())
                    .param("now", now.toEpochMilli())
                    .param("ids", changing)
                    .update();
        }
        return changing;
    }

    long countWithStatus(CommentStatus status, @Nullable Long articleId) {
        var query = jdbc.sql("SELECT COUNT(*) FROM comments WHERE status = :status AND deleted = FALSE"
                        + (articleId == null ? "" : " AND article_id = :article"))
                .param("status", status.name());
        if (articleId != null) {
            query = query.param("article", articleId);
        }
        return query.query(Long.class).single();
    }

    List<CommentRow> withStatus(CommentStatus status, @Nullable Long articleId, int limit, long offset) {
        var query = jdbc.sql(
                        "SELECT " + CommentRow.COLUMNS + " FROM comments WHERE status = :status AND deleted = FALSE"
                                + (articleId == null ? "" : " AND article_id = :article")
                                + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .param("status", status.name())
                .param("limit", limit)
                .param("offset", offset);
        if (articleId != null) {
            query = query.param("article", articleId);
        }
        return query.query(CommentRow::map).list();
    }

    void ban(long personId, Instant now) {
        banned.forget(personId);
        jdbc.sql(
                        "INSERT INTO comment_bans (person_id, banned_at) VALUES (:person, :now) ON CONFLICT (person_id) DO NOTHING")
                .param("person", personId)
                .param("now", now.toEpochMilli())
                .update();
    }

    Commenting.Standing standing(long personId, long articleId) {
        return new Commenting.Standing(
                Boolean.TRUE.equals(banned.get(personId, this::isBanned)),
                Boolean.TRUE.equals(commentedHere.get(new ReaderOnStory(personId, articleId), this::hasCommented)));
    }

    private record ReaderOnStory(long personId, long articleId) {}

    private boolean hasCommented(ReaderOnStory asked) {
        return jdbc.sql(COMMENTED_HERE)
                        .param("person", asked.personId())
                        .param("article", asked.articleId())
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean isBanned(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM comment_bans WHERE person_id = :person")
                        .param("person", personId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
