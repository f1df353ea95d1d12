package news.bulletin.shared;

/**
 * The surrogate keys pages are tagged with and writes announce. A page carries the key of every
 * thing it shows; a write names what it changed. Keys are short ASCII words, as CDNs accept them in
 * a {@code Surrogate-Key} header.
 */
public final class ContentKeys {
    /** Every page: the site's name, tagline, logo and other settings the layout shows. */
    public static final String SITE = "site";

    /** Every page with the section navigation. */
    public static final String SECTIONS = "sections";

    /** Pages listing the newest stories, which a newly published story joins: home, feeds, sidebars. */
    public static final String LATEST = "latest";

    /**
     * Pages that depend on every published story's words or dates, such as search results and
     * sitemaps: any change to any story changes them.
     */
    public static final String STORIES = "stories";

    /** Pages showing the Most Popular list. */
    public static final String POPULAR = "popular";

    private static final String COMMENTS = "comments:";

    private ContentKeys() {}

    /** Pages showing a story, in full or as a teaser. */
    public static String article(long id) {
        return "article:" + id;
    }

    /** Pages showing a section's name or listing its stories. */
    public static String section(long id) {
        return "section:" + id;
    }

    /** Pages showing a tag's name or listing its stories. */
    public static String tag(long id) {
        return "tag:" + id;
    }

    /** Pages showing a person's name: bylines, the author page, comments they wrote. */
    public static String person(long id) {
        return "person:" + id;
    }

    /** Pages that use a site setting other than those every page shows. */
    public static String setting(String name) {
        return "setting:" + name;
    }

    /** Pages showing a story's comments or their count. */
    public static String comments(long articleId) {
        return COMMENTS + articleId;
    }

    /** Whether a change under this key leaves every story's headline, summary and credits as they were: comments and view counts. */
    public static boolean leavesStoriesAsTheyWere(String key) {
        return key.startsWith(COMMENTS) || key.equals(POPULAR);
    }
}
