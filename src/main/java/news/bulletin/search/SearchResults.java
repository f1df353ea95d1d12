package news.bulletin.search;

import news.bulletin.shared.Paging;

/**
 * One page of results.
 *
 * @param searched false when the words typed held nothing to search for
 */
public record SearchResults(Paging<SearchResult> results, boolean searched) {}
