package news.bulletin.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import news.bulletin.shared.SiteProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/** Keeps media under {@code ${bulletin.data-dir}/media}, writing through a temporary file so a crash never leaves half a file. */
@Component
class FileSystemMediaStore implements MediaStore {
    private final Path root;

    FileSystemMediaStore(SiteProperties site) {
        this.root = site.dataDir().resolve("media").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store media " + key, e);
        }
    }

    @Override
    public Optional<Resource> find(String key) {
        Path file = resolve(key);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete media " + key, e);
        }
    }

    private Path resolve(String key) {
        Path file = root.resolve(MediaKeys.require(key)).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("invalid media key");
        }
        return file;
    }
}
