package news.bulletin.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
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

/**
 * Stories to read next: those sharing the story's tags and section, and those whose words are like
 * its headline's, scored together; never the story itself or an unpublished one.
 */
@Service
public class RelatedStories {
    static final int COUNT = 5;
    private static final int CANDIDATES = 20;
    private static final Set<String> COMMON = Set.of(
            "about", "after", "again", "against", "before", "being", "could", "first", "from", "have", "into", "more",
            "most", "over", "said", "says", "should", "than", "that", "their", "them", "then", "there", "these", "they",
            "this", "those", "through", "under", "until", "what", "when", "where", "which", "while", "will", "with",
            "would", "your");

    /*
     * The choice costs a text search over the whole archive; it is kept for a while per story
     * (twice as many as shown, for stories unpublished meanwhile). A story published since joins
     * the lists as they are chosen again.
     */
    private final Cache<Long, List<Long>> chosen = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(30))
            .build();
    private final Articles articles;
    private final SearchIndex index;

    RelatedStories(Articles articles, SearchIndex index) {
        this.articles = articles;
        this.index = index;
    }

    public List<ArticleSummary> of(Article article) {
        List<Long> best = chosen.get(article.id(), id -> choose(article));
        // Summaries forget a story unpublished since it was chosen, so it is left out.
        return articles.summaries(best).stream().limit(COUNT).toList();
    }

    private List<Long> choose(Article article) {
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
        return scores.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .limit(2L * COUNT)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The headline's telling words: long enough, not the commonest, the five longest (long words
     * are the rarer ones, and each word searched costs time).
     */
    static List<String> words(String text) {
        return QueryTerms.parse(text + " ").terms().stream()
                .flatMap(term -> term.words().stream())
                .filter(word -> word.length() >= 4 && !COMMON.contains(word))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .limit(5)
                .toList();
    }
}
