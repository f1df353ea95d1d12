package news.bulletin.search;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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

    /**
     * Counted in FTS5's table of document sizes, one small row per story: counting the index itself
     * reads every stored text, a fifth of a second at each start on 100,000 stories.
     */
    @Override
    public long size() {
        return jdbc.sql("SELECT COUNT(*) FROM search_articles_docsize")
                .query(Long.class)
                .single();
    }

    @Override
    public List<Long> similar(List<String> words, long exceptId, int limit) {
        if (words.isEmpty()) {
            return List.of();
        }
        /*
         * Each word's newest matches, and the stories among them sharing the most words first. BM25
         * would read every word's whole list of stories to weigh how rare it is (about 5 MB and 6 ms
         * for five words on 100,000 stories, on every story's first render); the words given are
         * already the headline's rarer ones.
         */
        String newestMatches = IntStream.range(0, words.size())
                .mapToObj(i -> "SELECT id FROM (SELECT rowid AS id FROM search_articles WHERE search_articles MATCH :w"
                        + i + " AND rowid <> :except ORDER BY rowid DESC LIMIT " + RANKED_BROAD + ")")
                .collect(Collectors.joining(" UNION ALL "));
        var statement = jdbc.sql("SELECT id FROM (" + newestMatches + ") GROUP BY id"
                        + " ORDER BY COUNT(*) DESC, id DESC LIMIT :limit")
                .param("except", exceptId)
                .param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, "\"" + words.get(i).replace("\"", "") + "\"");
        }
        return statement.query(Long.class).list();
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
