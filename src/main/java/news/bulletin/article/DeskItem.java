package news.bulletin.article;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A story as the newsroom lists it, in any state.
 *
 * @param when the time that matters for its state: last change for a draft, the slot for a
 *     scheduled story, first publication for a published one
 * @param path the reader's address once published, or null
 */
public record DeskItem(
        long id,
        String headline,
        String status,
        @Nullable String section,
        Instant when,
        @Nullable String path) {}
