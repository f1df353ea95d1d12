package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for corrections: insert and read, never update or delete. */
@Repository
class CorrectionRepository {
    private final JdbcClient jdbc;

    CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long articleId, String text, @Nullable Long authorId, Instant now) {
        jdbc.sql("""
                        INSERT INTO corrections (article_id, body, created_at, author_id)
                        VALUES (:article, :body, :now, :author)
                        """)
                .param("article", articleId)
                .param("body", text)
                .param("now", now.toEpochMilli())
                .param("author", authorId)
                .update();
    }

    List<Correction> forArticle(long articleId) {
        return jdbc.sql("SELECT id, body, created_at FROM corrections WHERE article_id = :id ORDER BY created_at, id")
                .param("id", articleId)
                .query((rs, n) -> new Correction(
                        rs.getLong("id"), rs.getString("body"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }
}
