package news.bulletin.article;

/** A section of the publication, such as World or Culture, in the navigation's order. */
public record Section(long id, String name, String slug, String description, int navOrder) {
    public String path() {
        return "/section/" + slug;
    }

    /** A CSS class giving the section its colour; six colours cycle through the sections. */
    public String accent() {
        return "accent-" + (Math.floorMod(navOrder, 6) + 1);
    }
}
