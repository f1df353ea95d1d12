package news.bulletin.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adds images to the library and finds them again; the bytes go to the {@link MediaStore}. */
@Service
public class MediaLibrary {
    private final MediaRepository repository;
    private final MediaStore store;
    private final Clock clock;

    MediaLibrary(MediaRepository repository, MediaStore store, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Stores an image the application itself ships (the sample edition's), reading its real type and
     * size from the bytes.
     */
    @Transactional
    public Media addBundledImage(String key, byte[] bytes) {
        ImageFacts facts = ImageFacts.read(bytes);
        store.put(MediaKeys.require(key), bytes);
        long id = repository.insert(
                key, facts.contentType(), facts.width(), facts.height(), bytes.length, clock.instant());
        return repository.findById(id).orElseThrow();
    }

    public Optional<Media> findByKey(String key) {
        return MediaKeys.isValid(key) ? repository.findByKey(key) : Optional.empty();
    }

    public List<Media> findAll(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    /** The type and dimensions an image's bytes declare, read by the decoders, not from a file name. */
    record ImageFacts(String contentType, int width, int height) {
        static ImageFacts read(byte[] bytes) {
            try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                var readers = ImageIO.getImageReaders(input);
                if (!readers.hasNext()) {
                    throw new IllegalArgumentException("not an image");
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(input);
                    String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                    String type = switch (format) {
                        case "jpeg", "jpg" -> "image/jpeg";
                        case "png" -> "image/png";
                        case "gif" -> "image/gif";
                        default -> throw new IllegalArgumentException("unsupported image format " + format);
                    };
                    return new ImageFacts(type, reader.getWidth(0), reader.getHeight(0));
                } finally {
                    reader.dispose();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable image", e);
            }
        }
    }
}
