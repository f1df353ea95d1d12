package news.bulletin.search;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Narrows a search to a section, an author and a time range; null means no limit.
 *
 * @param until exclusive
 */
record SearchFilter(
        @Nullable Long sectionId,
        @Nullable Long authorId,
        @Nullable Instant from,
        @Nullable Instant until) {
    static final SearchFilter NONE = new SearchFilter(null, null, null, null);
}
