package news.bulletin.search;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index on PostgreSQL: an English {@code tsvector} with a GIN index, ranked by {@code ts_rank}
 * with the headline weighted A, the dek B and the body D; the newer story wins a tie. Text is folded
 * of diacritics here, as queries are, so no database extension is needed.
 */
class PostgresSearchIndex implements SearchIndex {
    private static final String MATCHES = """
            FROM search_articles s JOIN articles a ON a.id = s.article_id,
                to_tsquery('english', :query) q
            WHERE s.document @@ q AND a.status = 'PUBLISHED'
            """;

    private final JdbcClient jdbc;

    PostgresSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(SearchDocument document) {
        jdbc.sql("""
                        INSERT INTO search_articles (article_id, headline, dek, body, document)
                        VALUES (:id, :headline, :dek, :body,
                            setweight(to_tsvector('english', :foldedHeadline), 'A')
                            || setweight(to_tsvector('english', :foldedDek), 'B')
                            || setweight(to_tsvector('english', :foldedBody), 'D'))
                        ON CONFLICT (article_id) DO UPDATE SET headline = excluded.headline, dek = excluded.dek,
                            body = excluded.body, document = excluded.document
                        """)
                .param("id", document.articleId())
                .param("headline", document.headline())
                .param("dek", document.dek())
                .param("body", document.body())
                .param("foldedHeadline", QueryTerms.fold(document.headline()))
                .param("foldedDek", QueryTerms.fold(document.dek()))
                .param("foldedBody", QueryTerms.fold(document.body()))
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
                .map(QueryTerms::fold)
                .filter(w -> w.matches("[\\p{L}\\p{N}]+"))
                .toList();
        if (folded.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT s.article_id " + MATCHES + " AND s.article_id <> :except"
                        + " ORDER BY ts_rank(s.document, q) DESC, a.first_published_at DESC LIMIT :limit")
                .param("query", String.join(" | ", folded))
                .param("except", exceptId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    @Override
    public Matches search(QueryTerms terms, SearchFilter filter, int limit, long offset) {
        String where = MATCHES + Filters.sql(filter);
        // The snippet is made only for the page of results, after ranking and the limit.
        var hits = Filters.bind(jdbc.sql("""
                                SELECT ranked.id, ts_headline('english', ranked.body, to_tsquery('english', :query),
                                    'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=40, MinWords=20,'
                                    || ' ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
                                FROM (SELECT s.article_id AS id, s.body, ts_rank(s.document, q) AS rank,
                                        a.first_published_at AS published
                                    """ + where + """
                                    ORDER BY rank DESC, a.first_published_at DESC, a.id DESC
                                    LIMIT :limit OFFSET :offset) ranked
                                ORDER BY ranked.rank DESC, ranked.published DESC, ranked.id DESC
                                """), filter)
                .param("query", terms.tsquery())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new SearchHit(rs.getLong("id"), rs.getString("snippet")))
                .list();
        long total = Filters.bind(jdbc.sql("SELECT COUNT(*) " + where), filter)
                .param("query", terms.tsquery())
                .query(Long.class)
                .single();
        return new Matches(hits, total);
    }
}
