package news.bulletin.search;

import java.util.List;

/**
 * The full-text index of published stories. One implementation per database engine; both answer
 * the same queries in the same order for the same stories.
 *
 * <p>Ranking costs time for every story it looks at, and most for words that fill every story, so
 * a query is ranked among its newest {@link #RANKED} matches (all of them for most queries), a
 * query matching more than {@link #COUNTED} stories among its newest {@link #RANKED_BROAD}, and
 * matches are counted up to {@link #COUNTED}: a newsroom's search must answer quickly at any size.
 */
interface SearchIndex {
    int RANKED = 1_000;
    int RANKED_BROAD = 250;
    int COUNTED = 10_000;
    int PHRASE_WINDOW = 1_000;

    /** How many of the newest matches to rank, given how many were counted. */
    static int window(long counted) {
        return counted > COUNTED ? RANKED_BROAD : RANKED;
    }

    /** Adds the story, or replaces what the index had for it. */
    void put(SearchDocument document);

    void remove(long articleId);

    /** Empties the index, before it is rebuilt. */
    void clear();

    /** How many stories the index holds. */
    long size();

    /** The best matches, best first, with the number of matches counted up to one more than {@link #COUNTED}. */
    Matches search(QueryTerms terms, SearchFilter filter, int limit, long offset);

    /**
     * Published stories that share any of the words, best first, leaving one story out: on SQLite
     * those sharing the most words, on PostgreSQL by {@code ts_rank}, among the newest matches.
     */
    List<Long> similar(List<String> words, long exceptId, int limit);

    /**
     * A page of matches and how many there are in all.
     *
     * @param narrowed true when a phrase was looked for only among the newest {@link #PHRASE_WINDOW}
     *     stories holding all its words, so older matches may exist
     */
    record Matches(List<SearchHit> hits, long total, boolean narrowed) {}
}
