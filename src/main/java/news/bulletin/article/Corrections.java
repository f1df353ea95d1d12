package news.bulletin.article;

import java.time.Clock;
import java.time.Instant;
import news.bulletin.audit.AuditLog;
import news.bulletin.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors correct published stories: each correction is a dated note at the foot of the article,
 * added and never changed. A significant update also shows the story as "Updated" at that time.
 */
@Service
public class Corrections {
    public static final int MAX_LENGTH = 2000;

    private final CorrectionRepository corrections;
    private final ArticleRepository articles;
    private final Articles reads;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Corrections(
            CorrectionRepository corrections,
            ArticleRepository articles,
            Articles reads,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.corrections = corrections;
        this.articles = articles;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds a correction to a published story; returns a problem in words, or null when it was added. */
    @Transactional
    public @Nullable String publish(Staffer editor, long articleId, String text, boolean significantUpdate) {
        Article article = reads.findPublished(articleId).orElseThrow(() -> new NotFoundException("no such story"));
        boolean own = article.credits(editor.personId());
        ArticlePermissions.check(editor, ArticleAction.CORRECT, own, false);
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "Write the correction first.";
        }
        if (trimmed.length() > MAX_LENGTH) {
            return "Keep a correction to " + MAX_LENGTH + " characters.";
        }
        Instant now = clock.instant();
        corrections.insert(article.id(), trimmed, editor.personId(), now);
        if (significantUpdate) {
            articles.markUpdated(article.id(), now);
        }
        events.publishEvent(new ArticleChanged(article.id()));
        audit.record(editor.auditor(), "article.corrected", "article:" + article.id(), "", trimmed);
        return null;
    }
}
