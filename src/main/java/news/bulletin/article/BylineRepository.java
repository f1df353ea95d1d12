package news.bulletin.article;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code bylines}: which people are credited on an article, in order. */
@Repository
class BylineRepository {
    private final JdbcClient jdbc;

    BylineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long articleId, long personId, int position) {
        jdbc.sql("INSERT INTO bylines (article_id, person_id, position) VALUES (:article, :person, :position)")
                .param("article", articleId)
                .param("person", personId)
                .param("position", position)
                .update();
    }

    /**
     * The bylines of each article, in order, with the names and slugs they show: one query for a
     * whole list of stories.
     */
    Map<Long, List<Byline>> bylinesOf(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        record Credit(long articleId, Byline byline) {}
        return jdbc
                .sql("""
                        SELECT b.article_id, p.id, p.name, p.slug FROM bylines b JOIN people p ON p.id = b.person_id
                        WHERE b.article_id IN (:ids) ORDER BY b.article_id, b.position
                        """)
                .param("ids", articleIds)
                .query((rs, n) -> new Credit(
                        rs.getLong("article_id"),
                        new Byline(rs.getLong("id"), rs.getString("name"), rs.getString("slug"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Credit::articleId,
                        LinkedHashMap::new,
                        Collectors.mapping(Credit::byline, Collectors.toList())));
    }
}
