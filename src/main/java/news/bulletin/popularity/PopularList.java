package news.bulletin.popularity;

import java.util.ArrayList;
import java.util.List;
import news.bulletin.article.ArticleSummary;
import news.bulletin.shared.ContentKeys;

/**
 * The most read stories.
 *
 * @param latestInstead true when nothing has been read yet, so the list holds the latest stories
 */
public record PopularList(List<ArticleSummary> stories, boolean latestInstead) {

    /** The surrogate keys of a page showing the list: it changes with the counts, or with the latest stories. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(ArticleSummary.keys(stories));
        keys.add(ContentKeys.POPULAR);
        if (latestInstead) {
            keys.add(ContentKeys.LATEST);
        }
        return keys;
    }
}
