package news.bulletin.media;

import java.io.InputStream;
import java.util.Optional;

/** Where media bytes live; keys are relative paths of lowercase letters, digits, dots, dashes and slashes. */
public interface MediaStore {
    void put(String key, byte[] bytes);

    Optional<InputStream> open(String key);

    Optional<Long> size(String key);
}
