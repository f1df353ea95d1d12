package news.bulletin.article;

/** A topic that cuts across sections. */
public record Tag(long id, String name, String slug) {
    public String path() {
        return "/tag/" + slug;
    }
}
