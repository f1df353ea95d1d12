package news.bulletin.account;

/** Somebody known to the site: a reader, or a member of staff whose byline links to their page. */
public record Person(long id, String name, String slug, String bio, Role role) {
    /** The author page; only staff have one. */
    public String path() {
        return "/author/" + slug;
    }
}
