package news.bulletin.article;

import java.util.List;
import news.bulletin.media.Media;
import news.bulletin.media.MediaUsage;
import news.bulletin.media.MediaUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the media library which stories show an image, as their hero or inside their body. */
@Component
class ArticleMediaUsage implements MediaUsage {
    private static final int LIMIT = 50;

    private final JdbcClient jdbc;

    ArticleMediaUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MediaUse> usesOf(Media media) {
        return jdbc.sql("""
                        SELECT id, headline, hero_media_id FROM articles
                        WHERE hero_media_id = :id OR body_markdown LIKE :mention
                        ORDER BY modified_at DESC, id DESC LIMIT :limit
                        """)
                .param("id", media.id())
                // The key without its extension also finds the smaller copies ("-480.jpg"); keys are random.
                .param("mention", "%" + media.url().substring(0, media.url().lastIndexOf('.')) + "%")
                .param("limit", LIMIT)
                .query((rs, n) -> new MediaUse(
                        (rs.getLong("hero_media_id") == media.id() ? "Hero image of “" : "In the body of “")
                                + rs.getString("headline") + "”",
                        "/newsroom/articles/" + rs.getLong("id")))
                .list();
    }
}
