package news.bulletin.media;

import java.util.Optional;
import org.springframework.core.io.Resource;

/** Where media bytes live; keys are relative paths of lowercase letters, digits, dots, dashes and slashes. */
public interface MediaStore {
    void put(String key, byte[] bytes);

    /** The stored bytes as a resource the web layer can stream, with length and ranges. */
    Optional<Resource> find(String key);

    /** Removes the bytes; removing what is not there does nothing. */
    void delete(String key);
}
