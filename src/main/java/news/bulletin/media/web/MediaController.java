package news.bulletin.media.web;

import java.time.Duration;
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
 * Serves stored images and their resized copies under {@code /media/…}. Only what the library knows
 * is served, with the type of its re-encoded bytes, so nothing uploaded can be served as HTML or
 * script. Keys are random and never reused, so the answers can be cached for good.
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
        MediaLibrary.ServedFile file =
                library.resolve(relative).orElseThrow(() -> new NotFoundException("no such media"));
        Resource bytes = store.find(file.key()).orElseThrow(() -> new NotFoundException("media file missing"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("Content-Security-Policy", "default-src 'none'")
                .body(bytes);
    }
}
