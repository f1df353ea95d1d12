package news.bulletin.audit;

import org.jspecify.annotations.Nullable;

/**
 * Who is doing something that goes into the audit log.
 *
 * @param id the person's id, or null for the site itself
 */
public record Auditor(@Nullable Long id, String name) {
    /** The site acting on its own, as the scheduler does. */
    public static final Auditor SITE = new Auditor(null, "Bulletin (automatic)");
}
