package news.bulletin.article;

/** One name in an article's byline, linking to that person's author page. */
public record Byline(long personId, String name, String slug) {
    public String path() {
        return "/author/" + slug;
    }
}
