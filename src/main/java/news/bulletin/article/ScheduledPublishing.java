package news.bulletin.article;

import java.time.Clock;
import java.util.List;
import news.bulletin.audit.AuditLog;
import news.bulletin.audit.Auditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes scheduled stories when their time comes: every 20 seconds, and once at start-up for
 * stories whose time passed while the server was down (WordPress's cron misses those).
 */
@Component
class ScheduledPublishing {
    private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);
    private static final int BATCH = 100;

    private final ArticleRepository articles;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    ScheduledPublishing(
            ArticleRepository articles,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.events = events;
        this.articles = articles;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUpAfterDowntime() {
        publishDue();
    }

    @Scheduled(
            fixedDelayString = "${bulletin.scheduling.interval:20s}",
            initialDelayString = "${bulletin.scheduling.interval:20s}")
    void onSchedule() {
        publishDue();
    }

    /**
     * Publishes every story that is due; returns how many this call published. Each story is
     * published and audited in a transaction of its own, so a long catch-up never holds the
     * database's write lock for long, and no story goes live without its audit entry.
     */
    int publishDue() {
        int published = 0;
        List<Long> due;
        do {
            due = articles.dueForPublication(clock.instant(), BATCH);
            for (long id : due) {
                if (Boolean.TRUE.equals(transactions.execute(status -> publish(id)))) {
                    published++;
                }
            }
        } while (due.size() == BATCH);
        if (published > 0) {
            log.info("Published {} scheduled {}", published, published == 1 ? "story" : "stories");
        }
        return published;
    }

    private boolean publish(long id) {
        if (!articles.publishScheduled(id, clock.instant())) {
            return false;
        }
        audit.record(Auditor.SITE, "article.published", "article:" + id, "SCHEDULED", "PUBLISHED");
        events.publishEvent(ArticleChanged.wentLive(id));
        return true;
    }
}
