package news.bulletin.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log.
 *
 * @param actorId who did it, or null for the site itself (the scheduler, say)
 * @param actorName their name at the time
 * @param action what was done, such as {@code article.published} or {@code account.role}
 * @param subject what it was done to, such as {@code article:42}
 */
public record AuditEvent(
        long id,
        Instant at,
        @Nullable Long actorId,
        String actorName,
        String action,
        String subject,
        String before,
        String after) {}
