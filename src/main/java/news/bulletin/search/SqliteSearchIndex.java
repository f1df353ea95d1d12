package news.bulletin.search;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The index on SQLite: an FTS5 table ranked by BM25 with the headline weighing ten times and the dek
 * five times as much as the body; the newer story wins a tie. The table holds only published
 * stories, so a search without filters never touches the articles table.
 */
class SqliteSearchIndex implements SearchIndex {
    private static final String BM25 = "bm25(search_articles, 10.0, 5.0, 1.0, 0.0)";

    private final JdbcClient jdbc;

    SqliteSearchIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void put(SearchDocument document) {
        remove(document.articleId());
        jdbc.sql("""
                        INSERT INTO search_articles (rowid, headline, dek, body, published)
                        VALUES (:id, :headline, :dek, :body, :published)
                        """)
                .param("id", document.articleId())
                .param("headline", document.headline())
                .param("dek", document.dek())
                .param("body", document.body())
                .param("published", document.published().toEpochMilli())
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
        return jdbc.sql(ranked("", "s.rowid <> :except", RANKED_BROAD))
                .param("query", any)
                .param("except", exceptId)
                .param("limit", limit)
                .param("offset", 0)
                .query(Long.class)
                .list();
    }

    @Override
    public Matches search(QueryTerms terms, SearchFilter filter, int limit, long offset) {
        String join = join(filter);
        long total = Filters.bind(
                        jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM search_articles s" + join
                                + " WHERE search_articles MATCH :query LIMIT " + (COUNTED + 1) + ")"),
                        filter)
                .param("query", terms.fts5())
                .query(Long.class)
                .single();
        List<Long> ids = Filters.bind(jdbc.sql(ranked(join, "1 = 1", SearchIndex.window(total))), filter)
                .param("query", terms.fts5())
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
        return new Matches(Snippets.forPage(jdbc, "rowid", terms, ids), total, false);
    }

    /**
     * The newest matches, walked in rowid order (which costs little), ranked by BM25 (which costs
     * a lot for each story it looks at) and then by date.
     */
    private static String ranked(String join, String condition, int window) {
        return "SELECT id FROM (SELECT s.rowid AS id, " + BM25 + " AS score, s.published AS published"
                + " FROM search_articles s" + join
                + " WHERE search_articles MATCH :query AND " + condition
                + " ORDER BY s.rowid DESC LIMIT " + window + ")"
                + " ORDER BY score, published DESC, id DESC LIMIT :limit OFFSET :offset";
    }

    /** The section, author and date conditions, through the articles table only when asked for. */
    private static String join(SearchFilter filter) {
        String conditions = Filters.sql(filter);
        return conditions.isEmpty() ? "" : " JOIN articles a ON a.id = s.rowid AND a.status = 'PUBLISHED'" + conditions;
    }
}
