package news.bulletin.media;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An image in the media library.
 *
 * @param key where the store keeps it; also its path under {@code /media/}
 * @param contentType the type of the re-encoded bytes, never the uploader's word
 * @param width intrinsic width in pixels
 * @param height intrinsic height in pixels
 * @param alt what the image shows, for readers who cannot see it; required before it can be used
 * @param variantWidths the widths of the smaller copies made for {@code srcset}, ascending
 * @param originalName the uploaded file's name, only for finding it again
 */
public record Media(
        long id,
        String key,
        String contentType,
        int width,
        int height,
        String alt,
        String caption,
        String credit,
        List<Integer> variantWidths,
        String originalName,
        long byteSize,
        Instant createdAt) {

    public Media {
        variantWidths = List.copyOf(variantWidths);
    }

    public String url() {
        return "/media/" + key;
    }

    /** The address of the copy this many pixels wide. */
    public String url(int variantWidth) {
        return "/media/" + MediaKeys.variant(key, variantWidth);
    }

    /** Every copy with its width, smallest first, the full-size image last. */
    public String srcset() {
        String variants =
                variantWidths.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
        String full = url() + " " + width + "w";
        return variants.isEmpty() ? full : variants + ", " + full;
    }

    /** The smallest copy at least this wide, for thumbnails. */
    public String urlAtLeast(int minimumWidth) {
        return variantWidths.stream()
                .filter(w -> w >= minimumWidth)
                .findFirst()
                .map(this::url)
                .orElse(url());
    }

    public boolean hasAlt() {
        return !alt.isBlank();
    }
}
