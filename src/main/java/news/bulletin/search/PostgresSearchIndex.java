package news.bulletin.search;

import java.util.List;
import news.bulletin.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index on PostgreSQL: an English {@code tsvector} with a GIN index, ranked by {@code ts_rank}
 * with the headline weighted A, the dek B and the body D; the newer story wins a tie. Text is folded
 * of diacritics here, as queries are, so no database extension is needed. The table holds only
 * published stories, so a search without filters never touches the articles table.
 */
class PostgresSearchIndex implements SearchIndex {
    private final JdbcClient jdbc;

    PostgresSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(SearchDocument document) {
        jdbc.sql("""
                        INSERT INTO search_articles (article_id, headline, dek, body, published, document)
                        VALUES (:id, :headline, :dek, :body, :published,
                            setweight(to_tsvector('english', :foldedHeadline), 'A')
                            || setweight(to_tsvector('english', :foldedDek), 'B')
                            || setweight(to_tsvector('english', :foldedBody), 'D'))
                        ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, dek = excluded.dek,
                            body = excluded.body, published = excluded.published, document = excluded.document
                        """)
                .param("id", document.articleId())
                .param("headline", document.headline())
                .param("dek", document.dek())
                .param("body", document.body())
                .param("published", document.published().toEpochMilli())
                .param("foldedHeadline", Slugs.fold(document.headline()))
                .param("foldedDek", Slugs.fold(document.dek()))
                .param("foldedBody", Slugs.fold(document.body()))
                .update();
    }

    @Override
    public void remove(long articleId) {
        jdbc.sql("DELETE FROM search_articles WHERE article_id = :id")
                .param("id", articleId)
                .update();
    }

    @Override
    public void clear() {
        jdbc.sql("DELETE FROM search_articles").update();
    }

    @Override
    public long size() {
        return jdbc.sql("SELECT COUNT(*) FROM search_articles")
                .query(Long.class)
                .single();
    }

    @Override
    public List<Long> similar(List<String> words, long exceptId, int limit) {
        List<String> folded = words.stream()
                .map(Slugs::fold)
                .filter(w -> w.matches("[\\p{L}\\p{N}]+"))
                .toList();
        if (folded.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        WITH q AS (SELECT to_tsquery('english', :query) AS query),
                        candidates AS (
                            SELECT s.article_id, s.document, s.published FROM search_articles s, q
                            WHERE s.document @@ q.query AND s.article_id <> :except
                            ORDER BY s.published DESC LIMIT %d)
                        SELECT c.article_id FROM candidates c, q
                        ORDER BY ts_rank(c.document, q.query) DESC, c.published DESC LIMIT :limit
                        """.formatted(RANKED_BROAD))
                .param("query", String.join(" | ", folded))
                .param("except", exceptId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    @Override
    public Matches search(QueryTerms terms, SearchFilter filter, int limit, long offset) {
        String filters = filterSql(filter);
        long total = Filters.bind(jdbc.sql("""
                                SELECT COUNT(*) FROM (SELECT 1 FROM search_articles s
                                    WHERE s.document @@ to_tsquery('english', :query) %s LIMIT %d) counted
                                """.formatted(filters, COUNTED + 1)), filter)
                .param("query", terms.tsquery())
                .query(Long.class)
                .single();
        // Ranked among the newest matches: fetching matches costs little, ranking each of them a lot.
        List<Long> ids = Filters.bind(jdbc.sql("""
                                WITH q AS (SELECT to_tsquery('english', :query) AS query),
                                candidates AS (
                                    SELECT s.article_id, s.document, s.published FROM search_articles s, q
                                    WHERE s.document @@ q.query %s
                                    ORDER BY s.published DESC LIMIT %d)
                                SELECT c.article_id FROM candidates c, q
                                ORDER BY ts_rank(c.document, q.query) DESC, c.published DESC, c.article_id DESC
                                LIMIT :limit OFFSET :offset
                                """.formatted(filters, SearchIndex.window(total))), filter)
                .param("query", terms.tsquery())
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
        return new Matches(Snippets.forPage(jdbc, "article_id", terms, ids), total);
    }

    private static String filterSql(SearchFilter filter) {
        String conditions = Filters.sql(filter);
        return conditions.isEmpty()
                ? ""
                : " AND s.article_id IN (SELECT a.id FROM articles a WHERE a.status = 'PUBLISHED'" + conditions + ")";
    }
}
