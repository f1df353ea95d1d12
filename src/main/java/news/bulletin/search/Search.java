package news.bulletin.search;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.Articles;
import news.bulletin.shared.Paging;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches published stories: best matches first, with the passage that matched. */
@Service
@Transactional(readOnly = true)
public class Search {
    public static final int PAGE_SIZE = 20;

    private final SearchIndex index;
    private final Articles articles;

    Search(SearchIndex index, Articles articles) {
        this.index = index;
        this.articles = articles;
    }

    public SearchResults search(SearchRequest request) {
        QueryTerms terms = QueryTerms.parse(request.text());
        if (terms.isEmpty()) {
            return new SearchResults(
                    new Paging<>(List.of(), request.page().value(), 0, PAGE_SIZE), false, false, false);
        }
        var filter = new SearchFilter(request.sectionId(), request.authorId(), request.from(), request.until());
        var matches = index.search(terms, filter, PAGE_SIZE, request.page().offset(PAGE_SIZE));
        Map<Long, ArticleSummary> stories =
                articles
                        .summaries(matches.hits().stream()
                                .map(SearchHit::articleId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        List<SearchResult> results = matches.hits().stream()
                .filter(hit -> stories.containsKey(hit.articleId()))
                .map(hit -> new SearchResult(stories.get(hit.articleId()), SearchResult.parts(hit.snippet())))
                .toList();
        // A page past the last one is an empty page, which the search page explains; not an error.
        boolean more = matches.total() > SearchIndex.COUNTED;
        long total = Math.min(matches.total(), SearchIndex.COUNTED);
        return new SearchResults(
                new Paging<>(results, request.page().value(), total, PAGE_SIZE), true, more, matches.narrowed());
    }
}
