package news.bulletin.audit;

import java.time.Clock;
import java.util.List;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what staff and the site do to content, people and settings, and lets administrators
 * read it back. Recording joins the caller's transaction: a change that rolls back leaves no entry.
 */
@Service
public class AuditLog {
    static final int PAGE_SIZE = 50;

    private final AuditRepository events;
    private final Clock clock;

    AuditLog(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(Auditor actor, String action, String subject, String before, String after) {
        events.insert(actor, action, subject, before, after, clock.instant());
    }

    /** Newest first, optionally only one kind of action or one subject. */
    @Transactional(readOnly = true)
    public Paging<AuditEvent> search(@Nullable String action, @Nullable String subject, PageNumber page) {
        return Paging.of(
                events.newest(action, subject, PAGE_SIZE, page.offset(PAGE_SIZE)),
                page,
                events.count(action, subject),
                PAGE_SIZE);
    }

    /** Every kind of action the log holds, for the filter. */
    public List<String> actions() {
        return events.actions();
    }
}
