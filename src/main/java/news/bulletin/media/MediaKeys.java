package news.bulletin.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shape every media key must have, so that no key can climb out of the store's folder. */
final class MediaKeys {
    private static final Pattern VALID =
            Pattern.compile("[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)*\\.(?:jpg|png|webp|gif)");
    private static final Pattern VARIANT = Pattern.compile("(.+)-(\\d{3,4})(\\.[a-z]+)");

    private MediaKeys() {}

    static boolean isValid(String key) {
        return key.length() <= 200 && VALID.matcher(key).matches();
    }

    static String require(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("invalid media key");
        }
        return key;
    }

    /** The key of an image's copy at a width: {@code a/b.jpg} at 480 is {@code a/b-480.jpg}. */
    static String variant(String key, int width) {
        int dot = key.lastIndexOf('.');
        return key.substring(0, dot) + "-" + width + key.substring(dot);
    }

    /** The image key and width a variant key names, if it has a variant's shape. */
    static Optional<VariantKey> parseVariant(String key) {
        Matcher matcher = VARIANT.matcher(key);
        return matcher.matches()
                ? Optional.of(new VariantKey(matcher.group(1) + matcher.group(3), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    record VariantKey(String imageKey, int width) {}
}
