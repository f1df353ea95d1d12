package news.bulletin.media;

import java.util.regex.Pattern;

/** The shape every media key must have, so that no key can climb out of the store's folder. */
final class MediaKeys {
    private static final Pattern VALID =
            Pattern.compile("[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)*\\.(?:jpg|png|webp|gif)");

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
}
