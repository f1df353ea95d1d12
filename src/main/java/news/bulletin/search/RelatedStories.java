package news.bulletin.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.Articles;
import news.bulletin.article.ScoredStory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stories to read next: those sharing the story's tags and section, and those whose words are like
 * its headline's, scored together; never the story itself or an unpublished one.
 */
@Service
@Transactional(readOnly = true)
public class RelatedStories {
    static final int COUNT = 5;
    private static final int CANDIDATES = 20;
    private static final Set<String> COMMON = Set.of(
            "about", "after", "again", "against", "before", "being", "could", "first", "from", "have", "into", "more",
            "most", "over", "said", "says", "should", "than", "that", "their", "them", "then", "there", "these", "they",
            "this", "those", "through", "under", "until", "what", "when", "where", "which", "while", "will", "with",
            "would", "your");

    private final Articles articles;
    private final SearchIndex index;

    RelatedStories(Articles articles, SearchIndex index) {
        this.articles = articles;
        this.index = index;
    }

    public List<ArticleSummary> of(Article article) {
        Map<Long, Double> scores = new HashMap<>();
        for (ScoredStory story : articles.sharingTagsOrSection(article, CANDIDATES)) {
            scores.merge(story.articleId(), (double) story.score(), Double::sum);
        }
        List<Long> similar = index.similar(words(article.headline() + " " + article.dek()), article.id(), CANDIDATES);
        for (int i = 0; i < similar.size(); i++) {
            // The best text match counts a little more than one shared tag; the twentieth, a tenth of that.
            scores.merge(similar.get(i), 4.0 * (CANDIDATES - i) / CANDIDATES, Double::sum);
        }
        scores.remove(article.id());
        List<Long> best = scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(COUNT)
                .map(Map.Entry::getKey)
                .toList();
        return articles.summaries(best);
    }

    /** The headline's telling words: long enough, not the commonest, at most eight. */
    static List<String> words(String text) {
        return QueryTerms.parse(text + " ").terms().stream()
                .flatMap(term -> term.words().stream())
                .filter(word -> word.length() >= 4 && !COMMON.contains(word))
                .distinct()
                .limit(8)
                .toList();
    }
}
