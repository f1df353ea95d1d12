package news.bulletin.article;

import java.util.ArrayList;
import java.util.List;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the page cache what a change to a story touched, inside the change's transaction, so the
 * eviction runs once it commits. Pages that show the story go by its own key, whatever changed in
 * it; the section, tag and author pages it now belongs to go by theirs, as it may have just joined
 * them. A story that just went live also joins every list of the newest stories.
 */
@Component
class ArticleContentKeys {
    private final Articles articles;
    private final ApplicationEventPublisher events;

    ArticleContentKeys(Articles articles, ApplicationEventPublisher events) {
        this.articles = articles;
        this.events = events;
    }

    @EventListener
    void onChange(ArticleChanged change) {
        List<String> keys = new ArrayList<>(List.of(ContentKeys.article(change.articleId()), ContentKeys.STORIES));
        articles.findPublished(change.articleId()).ifPresent(article -> keys.addAll(article.keys()));
        if (change.wentLive()) {
            keys.add(ContentKeys.LATEST);
        }
        events.publishEvent(ContentChanged.of(keys));
    }
}
