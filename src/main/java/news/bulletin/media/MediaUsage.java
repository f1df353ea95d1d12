package news.bulletin.media;

import java.util.List;

/**
 * Implemented by the modules that show images, so that the library can say where an item is used
 * and refuse to delete it while it is.
 */
public interface MediaUsage {
    List<MediaUse> usesOf(Media media);
}
