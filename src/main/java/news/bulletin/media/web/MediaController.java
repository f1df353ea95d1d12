package news.bulletin.media.web;

import java.time.Duration;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import news.bulletin.media.MediaStore;
import news.bulletin.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored images under {@code /media/…}. Only what the library knows is served, with the type
 * it sniffed, so nothing uploaded can be served as HTML or script.
 */
@RestController
class MediaController {
    private final MediaLibrary library;
    private final MediaStore store;

    MediaController(MediaLibrary library, MediaStore store) {
        this.library = library;
        this.store = store;
    }

    @GetMapping("/media/{*key}")
    ResponseEntity<Resource> serve(@PathVariable String key) {
        String relative = key.startsWith("/") ? key.substring(1) : key;
        Media media = library.findByKey(relative).orElseThrow(() -> new NotFoundException("no such media"));
        MediaType type = MediaType.parseMediaType(media.contentType());
        Resource bytes = store.find(media.key()).orElseThrow(() -> new NotFoundException("media file missing"));
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("Content-Security-Policy", "default-src 'none'")
                .body(bytes);
    }
}
