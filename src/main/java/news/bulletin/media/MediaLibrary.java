package news.bulletin.media;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import news.bulletin.account.Role;
import news.bulletin.account.SignedInPerson;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library: adds images (checked, re-encoded, with smaller copies), describes them, finds
 * them, and deletes those nothing uses. The bytes go to the {@link MediaStore}.
 */
@Service
public class MediaLibrary {
    public static final int PAGE_SIZE = 24;
    static final int MAX_WORDS = 1000;
    private static final DateTimeFormatter FOLDER =
            DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private final MediaRepository repository;
    private final MediaStore store;
    private final ImageProcessor images;
    private final List<MediaUsage> usages;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    MediaLibrary(
            MediaRepository repository, MediaStore store, ImageProcessor images, List<MediaUsage> usages, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.images = images;
        this.usages = usages;
        this.clock = clock;
    }

    /**
     * Adds an uploaded image. Nothing is stored unless the bytes are an image the library accepts;
     * the stored image and its copies are re-encoded from the pixels.
     *
     * @throws UploadRefusedException with a reason the uploader can act on
     */
    @Transactional
    public Media upload(String originalName, byte[] bytes, @Nullable Long uploadedBy) {
        ImageProcessor.Processed image = images.process(bytes);
        Instant now = clock.instant();
        String key = "uploads/" + FOLDER.format(now) + "/" + HexFormat.of().formatHex(randomBytes()) + "."
                + image.extension();
        return store(key, image, cleanName(originalName), "", uploadedBy, now);
    }

    /**
     * Stores images the application itself ships (the sample edition's), by key; they are processed
     * like uploads (see {@link ImageProcessor#processBundled}), so each stored key ends in the
     * extension of what is stored. They are processed side by side, before the first is stored:
     * that is most of what a new site's first start costs.
     */
    @Transactional
    public Map<String, Media> addBundledImages(Map<String, byte[]> files) {
        Map<String, ImageProcessor.Processed> processed = files.entrySet().parallelStream()
                .collect(Collectors.toMap(Map.Entry::getKey, file -> images.processBundled(file.getValue())));
        Map<String, Media> stored = new LinkedHashMap<>();
        Instant now = clock.instant();
        for (String key : files.keySet()) {
            ImageProcessor.Processed image = processed.get(key);
            String stem = MediaKeys.require(key).substring(0, key.lastIndexOf('.'));
            stored.put(key, store(stem + "." + image.extension(), image, key, "", null, now));
        }
        return stored;
    }

    @Transactional
    public Media describe(long id, String alt, String caption, String credit) {
        find(id);
        repository.describe(id, clip(alt), clip(caption), clip(credit));
        return find(id);
    }

    /**
     * Deletes an item nothing uses, for an editor or administrator; returns the uses that prevented
     * it, or an empty list when it is gone.
     */
    @Transactional
    public List<MediaUse> delete(SignedInPerson person, long id) {
        if (!person.role().includes(Role.EDITOR)) {
            throw new AccessDeniedException("only editors delete media");
        }
        Media media = find(id);
        List<MediaUse> uses = usesOf(media);
        if (!uses.isEmpty()) {
            return uses;
        }
        repository.delete(id);
        store.delete(media.key());
        media.variantWidths().forEach(width -> store.delete(MediaKeys.variant(media.key(), width)));
        return List.of();
    }

    public List<MediaUse> usesOf(Media media) {
        return usages.stream().flatMap(usage -> usage.usesOf(media).stream()).toList();
    }

    public Media find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("no such media"));
    }

    public Optional<Media> findById(long id) {
        return repository.findById(id);
    }

    public Optional<Media> findByKey(String key) {
        return MediaKeys.isValid(key) ? repository.findByKey(key) : Optional.empty();
    }

    /**
     * The stored file a {@code /media/…} path names: an image or one of its copies; empty for a key
     * the library does not know, so nothing else in the store is ever served.
     */
    public Optional<ServedFile> resolve(String key) {
        if (!MediaKeys.isValid(key)) {
            return Optional.empty();
        }
        Optional<Media> image = repository.findByKey(key);
        if (image.isPresent()) {
            return image.map(m -> new ServedFile(m.key(), m.contentType()));
        }
        return MediaKeys.parseVariant(key)
                .flatMap(variant -> repository
                        .findByKey(variant.imageKey())
                        .filter(m -> m.variantWidths().contains(variant.width()))
                        .map(m -> new ServedFile(key, m.contentType())));
    }

    public List<Media> findAll(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    /** A page of the library, newest first; only described items when choosing one to use. */
    public Paging<Media> search(String query, boolean describedOnly, PageNumber page) {
        String trimmed = query.trim();
        return Paging.of(
                repository.search(trimmed, describedOnly, PAGE_SIZE, page.offset(PAGE_SIZE)),
                page,
                repository.count(trimmed, describedOnly),
                PAGE_SIZE);
    }

    /** A stored file to send: its key in the store and its type. */
    public record ServedFile(String key, String contentType) {}

    private Media store(
            String key,
            ImageProcessor.Processed image,
            String name,
            String alt,
            @Nullable Long uploadedBy,
            Instant now) {
        store.put(key, image.bytes());
        for (Map.Entry<Integer, byte[]> variant : image.variants().entrySet()) {
            store.put(MediaKeys.variant(key, variant.getKey()), variant.getValue());
        }
        return find(repository.insert(key, image, name, alt, uploadedBy, now));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String cleanName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return clip(base.replaceAll("\\p{Cntrl}", ""));
    }

    private static String clip(String text) {
        String trimmed = text.strip();
        return trimmed.length() <= MAX_WORDS ? trimmed : trimmed.substring(0, MAX_WORDS);
    }
}
