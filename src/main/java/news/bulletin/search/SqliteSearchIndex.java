package news.bulletin.search;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index on SQLite: an FTS5 table ranked by BM25 with the headline weighing ten times and the dek
 * five times as much as the body; the newer story wins a tie.
 */
class SqliteSearchIndex implements SearchIndex {
    private static final String MATCHES = """
            FROM search_articles s JOIN articles a ON a.id = s.rowid
            WHERE search_articles MATCH :query AND a.status = 'PUBLISHED'
            """;

    private final JdbcClient jdbc;

    SqliteSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(SearchDocument document) {
        remove(document.articleId());
        jdbc.sql("INSERT INTO search_articles (rowid, headline, dek, body) VALUES (:id, :headline, :dek, :body)")
                .param("id", document.articleId())
                .param("headline", document.headline())
                .param("dek", document.dek())
                .param("body", document.body())
                .update();
    }

    @Override
    public void remove(long articleId) {
        jdbc.sql("DELETE FROM search_articles WHERE rowid = :id")
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
        if (words.isEmpty()) {
            return List.of();
        }
        String any = words.stream().map(word -> "\"" + word + "\"").collect(Collectors.joining(" OR "));
        return jdbc.sql("SELECT s.rowid " + MATCHES + " AND s.rowid <> :except"
                        + " ORDER BY bm25(search_articles, 10.0, 5.0, 1.0), a.first_published_at DESC LIMIT :limit")
                .param("query", any)
                .param("except", exceptId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    @Override
    public Matches search(QueryTerms terms, SearchFilter filter, int limit, long offset) {
        String where = MATCHES + Filters.sql(filter);
        var hits = Filters.bind(
                        jdbc.sql(
                                "SELECT s.rowid AS id, snippet(search_articles, -1, char(1), char(2), '…', 32) AS snippet "
                                        + where
                                        + " ORDER BY bm25(search_articles, 10.0, 5.0, 1.0), a.first_published_at DESC, a.id DESC"
                                        + " LIMIT :limit OFFSET :offset"),
                        filter)
                .param("query", terms.fts5())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new SearchHit(rs.getLong("id"), rs.getString("snippet")))
                .list();
        long total = Filters.bind(jdbc.sql("SELECT COUNT(*) " + where), filter)
                .param("query", terms.fts5())
                .query(Long.class)
                .single();
        return new Matches(hits, total);
    }
}
