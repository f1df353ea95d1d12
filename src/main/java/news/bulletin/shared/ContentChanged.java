package news.bulletin.shared;

import java.util.Collection;
import java.util.Set;

/**
 * Published by every write that changes what readers see, inside its transaction: the page cache
 * evicts exactly the pages tagged with one of these keys once the transaction commits.
 *
 * @param keys surrogate keys as {@link ContentKeys} builds them
 */
public record ContentChanged(Set<String> keys) {
    public ContentChanged {
        keys = Set.copyOf(keys);
    }

    /** Whether the change could alter a story's headline, summary or credits: anything but comments and view counts. */
    public boolean mayAlterStories() {
        return !keys.stream().allMatch(ContentKeys::leavesStoriesAsTheyWere);
    }

    public static ContentChanged of(String... keys) {
        return new ContentChanged(Set.of(keys));
    }

    public static ContentChanged of(Collection<String> keys) {
        return new ContentChanged(Set.copyOf(keys));
    }
}
