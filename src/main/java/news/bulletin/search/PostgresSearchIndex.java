package news.bulletin.search;

import java.util.List;
import java.util.Objects;
import news.bulletin.shared.Slugs;
import org.jspecify.annotations.Nullable;
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
                        SELECT c.article_id FROM (
                            SELECT s.article_id, s.document, s.published FROM search_articles s
                            WHERE s.document @@ to_tsquery('english', :query) AND s.article_id <> :except
                            ORDER BY s.published DESC LIMIT %d) c
                        ORDER BY ts_rank(c.document, to_tsquery('english', :query)) DESC, c.published DESC
                        LIMIT :limit
                        """.formatted(RANKED_BROAD))
                .param("query", String.join(" | ", folded))
                .param("except", exceptId)
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    @Override
    public Matches search(QueryTerms terms, SearchFilter filter, int limit, long offset) {
        return terms.hasPhrase()
                ? searchPhrase(terms, filter, limit, offset)
                : searchWords(terms, filter, limit, offset);
    }

    /*
     * The query is written out in each statement rather than bound once in a CTE: only a query the
     * planner can see lets it estimate how many stories match, and so choose between walking the
     * newest stories and reading the word lists.
     */
    private Matches searchWords(QueryTerms terms, SearchFilter filter, int limit, long offset) {
        String filters = filterSql(filter);
        long total = Filters.bind(jdbc.sql("""
                                SELECT COUNT(*) FROM (SELECT 1 FROM search_articles s
                                    WHERE s.document @@ to_tsquery('english', :query) %s LIMIT %d) counted
                                """.formatted(filters, COUNTED + 1)), filter)
                .param("query", terms.tsquery())
                .query(Long.class)
                .single();
        // Ranked among the newest matches: fetching matches costs little, ranking each of them a lot.
        // Walking the date index, testing each story's vector, pays only when most stories match;
        // otherwise "+ 0" keeps the planner to the word index, which it would not always choose.
        String newest = total > COUNTED ? "s.published DESC" : "s.published + 0 DESC";
        List<Long> ids = Filters.bind(jdbc.sql("""
                                SELECT c.article_id FROM (
                                    SELECT s.article_id, s.document, s.published FROM search_articles s
                                    WHERE s.document @@ to_tsquery('english', :query) %s
                                    ORDER BY %s LIMIT %d) c
                                ORDER BY ts_rank(c.document, to_tsquery('english', :query)) DESC,
                                    c.published DESC, c.article_id DESC
                                LIMIT :limit OFFSET :offset
                                """.formatted(filters, newest, SearchIndex.window(total))), filter)
                .param("query", terms.tsquery())
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
        return new Matches(Snippets.forPage(jdbc, "article_id", terms, ids), total, false);
    }

    /*
     * The word index tells which stories hold a phrase's words but not whether they stand together:
     * checking that reads each story's whole vector, about ten microseconds apiece. So a phrase is
     * looked for among the newest PHRASE_WINDOW stories holding all its words, found from the word
     * lists alone, and those are checked and ranked in one pass. The planner does not know that
     * testing a vector costs far more than fetching a row, and would walk the date index or the
     * whole table testing vectors on the way; "published + 0" and turning off the sequential scan
     * for this one statement keep it to the word index for the candidates, and "IS TRUE" keeps it
     * from testing the phrase on every story that holds the words rather than on the candidates.
     */
    private Matches searchPhrase(QueryTerms terms, SearchFilter filter, int limit, long offset) {
        record Row(@Nullable Long articleId, long considered) {}
        jdbc.sql("SET LOCAL enable_seqscan = off").update();
        List<Row> rows = Filters.bind(jdbc.sql("""
                                WITH candidates AS MATERIALIZED (
                                    SELECT s.article_id FROM search_articles s
                                    WHERE s.document @@ to_tsquery('english', :loose) %s
                                    ORDER BY s.published + 0 DESC LIMIT %d),
                                matched AS MATERIALIZED (
                                    SELECT s.article_id, s.published,
                                        ts_rank(s.document, to_tsquery('english', :query)) AS rank
                                    FROM candidates c JOIN search_articles s ON s.article_id = c.article_id
                                    WHERE (s.document @@ to_tsquery('english', :query)) IS TRUE)
                                SELECT m.article_id, k.considered
                                FROM (SELECT COUNT(*) AS considered FROM candidates) k LEFT JOIN matched m ON TRUE
                                ORDER BY m.rank DESC, m.published DESC, m.article_id DESC
                                """.formatted(filterSql(filter), PHRASE_WINDOW)), filter)
                .param("loose", terms.loosened().tsquery())
                .param("query", terms.tsquery())
                .query((rs, n) -> new Row(rs.getObject(1, Long.class), rs.getLong(2)))
                .list();
        jdbc.sql("SET LOCAL enable_seqscan = on").update();
        List<Long> matched =
                rows.stream().map(Row::articleId).filter(Objects::nonNull).toList();
        List<Long> page = matched.stream().skip(offset).limit(limit).toList();
        boolean narrowed = !rows.isEmpty() && rows.get(0).considered() >= PHRASE_WINDOW;
        return new Matches(Snippets.forPage(jdbc, "article_id", terms, page), matched.size(), narrowed);
    }

    private static String filterSql(SearchFilter filter) {
        String conditions = Filters.sql(filter);
        return conditions.isEmpty()
                ? ""
                : " AND s.article_id IN (SELECT a.id FROM articles a WHERE a.status = 'PUBLISHED'" + conditions + ")";
    }
}
