package news.bulletin.search;

import java.util.List;

/**
 * The full-text index of published stories. One implementation per database engine; both answer
 * the same queries in the same order for the same stories.
 *
 * <p>Ranking costs time for every story it looks at, so a query is ranked among its newest
 * {@link #RANKED} matches (all of them, unless it matches nearly everything), and matches are
 * counted up to {@link #COUNTED}: a newsroom's search must answer quickly at any size.
 */
interface SearchIndex {
    int RANKED = 2_000;
    int COUNTED = 10_000;

    /** Adds the story, or replaces what the index had for it. */
    void put(SearchDocument document);

    void remove(long articleId);

    /** Empties the index, before it is rebuilt. */
    void clear();

    /** How many stories the index holds. */
    long size();

    /** The best matches, best first, with the number of matches counted up to one more than {@link #COUNTED}. */
    Matches search(QueryTerms terms, SearchFilter filter, int limit, long offset);

    /** Published stories that share any of the words, best first, leaving one story out. */
    List<Long> similar(List<String> words, long exceptId, int limit);

    /** A page of matches and how many there are in all. */
    record Matches(List<SearchHit> hits, long total) {}
}
