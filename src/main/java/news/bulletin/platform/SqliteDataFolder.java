package news.bulletin.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Creates the folder of an SQLite database file before the pool opens it: SQLite makes the file
 * but not its folder, and a first run starts from an empty {@code data/}.
 */
@Component
class SqliteDataFolder implements BeanPostProcessor {
    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource
                && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith(PREFIX)) {
            createFolderOf(dataSource.getJdbcUrl().substring(PREFIX.length()));
        }
        return bean;
    }

    private static void createFolderOf(String fileAndOptions) {
        String file = fileAndOptions.split("\\?", 2)[0];
        if (file.isEmpty() || file.startsWith(":memory:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data folder " + parent, e);
        }
    }
}
