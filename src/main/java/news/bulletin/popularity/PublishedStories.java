package news.bulletin.popularity;

import news.bulletin.article.Articles;
import org.springframework.stereotype.Component;

/** Whether an id names a published story, asked once per story and remembered by the counter. */
@Component
class PublishedStories {
    private final Articles articles;

    PublishedStories(Articles articles) {
        this.articles = articles;
    }

    boolean isPublished(long id) {
        return articles.isPublished(id);
    }
}
