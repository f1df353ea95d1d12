package news.bulletin.search;

import java.time.Instant;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;

/**
 * A reader's search: the words typed and the filters chosen, already checked.
 *
 * @param until exclusive
 */
public record SearchRequest(
        String text,
        @Nullable Long sectionId,
        @Nullable Long authorId,
        @Nullable Instant from,
        @Nullable Instant until,
        PageNumber page) {}
