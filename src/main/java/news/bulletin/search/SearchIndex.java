package news.bulletin.search;

import java.util.List;

/**
 * The full-text index of published stories. One implementation per database engine; both answer
 * the same queries in the same order for the same stories.
 */
interface SearchIndex {
    /** Adds the story, or replaces what the index had for it. */
    void put(SearchDocument document);

    void remove(long articleId);

    /** Empties the index, before it is rebuilt. */
    void clear();

    /** How many stories the index holds. */
    long size();

    /** The best matches, best first, with the total number of matches. */
    Matches search(QueryTerms terms, SearchFilter filter, int limit, long offset);

    /** Published stories that share any of the words, best first, leaving one story out. */
    List<Long> similar(List<String> words, long exceptId, int limit);

    /** A page of matches and how many there are in all. */
    record Matches(List<SearchHit> hits, long total) {}
}
