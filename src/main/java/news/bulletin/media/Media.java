package news.bulletin.media;

/**
 * A stored image.
 *
 * @param id its id
 * @param key where the store keeps it; also its path under {@code /media/}
 * @param contentType the sniffed type, never the uploader's word
 * @param width intrinsic width in pixels
 * @param height intrinsic height in pixels
 */
public record Media(long id, String key, String contentType, int width, int height) {
    public String url() {
        return "/media/" + key;
    }
}
