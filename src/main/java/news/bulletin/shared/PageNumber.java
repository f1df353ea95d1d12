package news.bulletin.shared;

import org.jspecify.annotations.Nullable;

/**
 * A 1-based page number read from {@code ?page=N}.
 *
 * <p>Anything that is not a positive whole number is a bad request; whether the page exists is
 * for the list to decide once it knows its size.
 */
public record PageNumber(int value) {
    public static final PageNumber FIRST = new PageNumber(1);

    /** Largest page anybody can ask for; far beyond any archive, small enough that offsets never overflow. */
    public static final int MAX = 1_000_000;

    public PageNumber {
        if (value < 1 || value > MAX) {
            throw new BadRequestException("page out of range");
        }
    }

    /** The page a {@code ?page} parameter names, or the first page when there is none. */
    public static PageNumber parseOrFirst(@Nullable String raw) {
        return raw == null ? FIRST : parse(raw);
    }

    public static PageNumber parse(String raw) {
        if (raw.isEmpty() || raw.length() > 7 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadRequestException("page is not a number");
        }
        return new PageNumber(Integer.parseInt(raw));
    }

    public long offset(int pageSize) {
        return (long) (value - 1) * pageSize;
    }
}
