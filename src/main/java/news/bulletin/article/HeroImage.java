package news.bulletin.article;

/** The large image at the top of an article, with the words that go with it. */
public record HeroImage(String url, int width, int height, String alt, String caption, String credit) {}
