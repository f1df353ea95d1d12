package news.bulletin.search;

/**
 * One match, best first.
 *
 * @param snippet a passage of the story with the matched words between {@link QueryTerms#MARK_START}
 *     and {@link QueryTerms#MARK_END}, not yet escaped for HTML
 */
record SearchHit(long articleId, String snippet) {}
