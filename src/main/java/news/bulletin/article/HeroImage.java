package news.bulletin.article;

/**
 * The large image at the top of an article, with the words that go with it.
 *
 * @param srcset every stored width of the image, for the browser to choose from
 * @param smallUrl a copy small enough for a card in a list
 */
public record HeroImage(
        String url, String srcset, String smallUrl, int width, int height, String alt, String caption, String credit) {}
