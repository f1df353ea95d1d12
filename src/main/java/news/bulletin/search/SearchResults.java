package news.bulletin.search;

import news.bulletin.shared.Paging;

/**
 * One page of results.
 *
 * @param searched false when the words typed held nothing to search for
 * @param moreThanCounted true when more stories match than are counted, so the total is a floor
 */
public record SearchResults(Paging<SearchResult> results, boolean searched, boolean moreThanCounted) {
    public static final int COUNTED = SearchIndex.COUNTED;
}
