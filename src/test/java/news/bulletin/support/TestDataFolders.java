package news.bulletin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh data folders under {@code target/}, one per test class, so no test sees another's data. */
public final class TestDataFolders {
    private TestDataFolders() {}

    public static Path create(String name) {
        try {
            Path parent = Path.of("target", "test-data");
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, name + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
