package news.bulletin.search;

import java.util.List;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleChanged;
import news.bulletin.article.Articles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Keeps the index in step with the stories: each change is indexed as soon as it commits, and at
 * start-up an index that does not hold exactly the published stories is rebuilt.
 */
@Component
class SearchIndexing {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);
    private static final int BATCH = 200;

    private final SearchIndex index;
    private final Articles articles;
    private final TransactionTemplate transactions;

    SearchIndexing(SearchIndex index, Articles articles, PlatformTransactionManager transactionManager) {
        this.index = index;
        this.articles = articles;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(ArticleChanged change) {
        transactions.executeWithoutResult(status -> reindex(change.articleId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        if (index.size() != articles.countPublished()) {
            rebuild();
        }
    }

    /** Empties the index and indexes every published story afresh, a batch per transaction. */
    void rebuild() {
        transactions.executeWithoutResult(status -> index.clear());
        long count = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = articles.publishedIdsAfter(after, BATCH);
            List<Long> ids = batch;
            transactions.executeWithoutResult(status -> ids.forEach(this::reindex));
            count += batch.size();
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
        } while (batch.size() == BATCH);
        log.info("Search index rebuilt: {} stories", count);
    }

    private void reindex(long id) {
        articles.findPublished(id).ifPresentOrElse(article -> index.put(document(article)), () -> index.remove(id));
    }

    static SearchDocument document(Article article) {
        return new SearchDocument(
                article.id(), article.headline(), article.dek(), text(article.bodyHtml()), article.publishedAt());
    }

    /** The words of sanitized HTML: tags become spaces, entities their characters. */
    static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " "))
                .replaceAll("\\s+", " ")
                .strip();
    }
}
