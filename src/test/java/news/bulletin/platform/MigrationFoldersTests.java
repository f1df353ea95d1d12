package news.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every schema change exists for both databases, under the same version and name. */
class MigrationFoldersTests {
    private static final Path ROOT = Path.of("src/main/resources/db/migration");

    @Test
    void sqliteAndPostgresqlHaveTheSameMigrations() throws IOException {
        List<String> sqlite = names(ROOT.resolve("sqlite"));
        List<String> postgresql = names(ROOT.resolve("postgresql"));

        assertThat(sqlite).isNotEmpty().allMatch(name -> name.matches("V\\d{3}__[a-z]+_[a-z0-9_]+\\.sql"));
        assertThat(postgresql).containsExactlyElementsOf(sqlite);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
