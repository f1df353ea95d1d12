package news.bulletin.web;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Cached pages' bytes also kept as files in a private temporary folder, so that Tomcat can hand them
 * to the kernel (sendfile) instead of copying them through the JVM for every reader. The folder goes
 * when the application stops; a dropped page's file goes a minute later, once no reader can still be
 * receiving it.
 */
@Component
class PageFiles {
    private static final Logger log = LoggerFactory.getLogger(PageFiles.class);
    private static final long DELETE_AFTER_SECONDS = 60;

    private final Path folder;
    private final AtomicLong names = new AtomicLong();

    PageFiles() throws IOException {
        this.folder = Files.createTempDirectory("bulletin-pages-");
    }

    /** The bytes as a new file, or null when they could not be written (the page is then sent from memory). */
    @Nullable
    Path write(byte[] bytes) {
        Path file = folder.resolve(names.incrementAndGet() + ".page");
        try {
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            log.warn("Could not keep a cached page as a file in {}; sending it from memory", folder, e);
            delete(file);
            return null;
        }
    }

    void deleteLater(@Nullable Path file) {
        if (file != null) {
            CompletableFuture.delayedExecutor(DELETE_AFTER_SECONDS, TimeUnit.SECONDS)
                    .execute(() -> delete(file));
        }
    }

    @PreDestroy
    void deleteAll() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(PageFiles::delete);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete {}", file, e);
        }
    }
}
