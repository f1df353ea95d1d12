package news.bulletin.search;

import news.bulletin.shared.Paging;

/**
 * One page of results.
 *
 * @param searched false when the words typed held nothing to search for
 * @param moreThanCounted true when more stories match than are counted, so the total is a floor
 * @param phraseNarrowed true when a quoted phrase was looked for only in the newest {@link
 *     #PHRASE_WINDOW} stories holding its words, so older stories may match too
 */
public record SearchResults(
        Paging<SearchResult> results, boolean searched, boolean moreThanCounted, boolean phraseNarrowed) {
    public static final int COUNTED = SearchIndex.COUNTED;
    public static final int PHRASE_WINDOW = SearchIndex.PHRASE_WINDOW;
}
