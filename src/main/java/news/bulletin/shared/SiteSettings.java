package news.bulletin.shared;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The settings administrators change in the newsroom, over the configured defaults. The newsroom
 * stores them and hands every change (and, on other nodes, every refresh) to {@link #replace};
 * readers of a setting never touch the database.
 */
@Component
public class SiteSettings {
    public static final String SITE_NAME = "site-name";
    public static final String TAGLINE = "tagline";
    public static final String DESCRIPTION = "description";
    public static final String BASE_URL = "base-url";
    public static final String LOGO = "logo";
    public static final String STORIES_PER_PAGE = "stories-per-page";
    public static final String COMMENTS_CLOSE_AFTER_DAYS = "comments-close-after-days";
    public static final String COMMENT_LINKS_BEFORE_HOLD = "comment-links-before-hold";
    public static final String COMMENT_BLOCKED_WORDS = "comment-blocked-words";
    /** "full" to put whole stories in feeds, "summary" (the default) for the summary only. */
    public static final String FEED_CONTENT = "feed-content";

    public static final int DEFAULT_STORIES_PER_PAGE = 20;

    private final SiteProperties defaults;
    private volatile Map<String, String> stored = Map.of();

    SiteSettings(SiteProperties defaults) {
        this.defaults = defaults;
    }

    /**
     * Takes the stored settings as they are now; a name that is absent falls back to its default.
     *
     * @return the names of the settings that changed
     */
    public Set<String> replace(Map<String, String> values) {
        Map<String, String> before = stored;
        stored = Map.copyOf(values);
        Set<String> changed = new HashSet<>(before.keySet());
        changed.addAll(stored.keySet());
        changed.removeIf(name -> Objects.equals(before.get(name), stored.get(name)));
        return changed;
    }

    /**
     * The surrogate key of pages showing a setting: the masthead and footer settings are on every
     * page; the others on the pages that use them.
     */
    public static String contentKey(String name) {
        return switch (name) {
            case SITE_NAME, TAGLINE, DESCRIPTION, BASE_URL, LOGO -> ContentKeys.SITE;
            default -> ContentKeys.setting(name);
        };
    }

    public Optional<String> stored(String name) {
        return Optional.ofNullable(stored.get(name));
    }

    public String siteName() {
        return stored.getOrDefault(SITE_NAME, defaults.siteName());
    }

    public String tagline() {
        return stored.getOrDefault(TAGLINE, defaults.tagline());
    }

    public String description() {
        return stored.getOrDefault(DESCRIPTION, defaults.description());
    }

    public String baseUrl() {
        String base = stored.getOrDefault(BASE_URL, defaults.baseUrl().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a site path such as {@code /section/world}. */
    public String absolute(String path) {
        return baseUrl() + path;
    }

    /** The masthead's logo, a site path to an image in the media library, or null for the name in type. */
    public @Nullable String logo() {
        String logo = stored.get(LOGO);
        return logo == null || logo.isBlank() ? null : logo;
    }

    public int storiesPerPage() {
        return number(STORIES_PER_PAGE, DEFAULT_STORIES_PER_PAGE);
    }

    /** A whole-number setting, or the caller's default when it is not set. */
    public int number(String name, int fallback) {
        try {
            return stored.containsKey(name) ? Integer.parseInt(stored.get(name)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A list setting stored one item per line, or the caller's default when it is not set. */
    public List<String> lines(String name, List<String> fallback) {
        String value = stored.get(name);
        if (value == null) {
            return fallback;
        }
        return Arrays.stream(value.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
