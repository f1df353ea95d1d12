package news.bulletin.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Which database engine the site runs on, for the few features that differ between them (full-text
 * search); feature code picks an implementation by it, never with ad-hoc checks of its own.
 */
@Component
public class Database {
    /** The engines Bulletin supports. */
    public enum Engine {
        SQLITE,
        POSTGRESQL
    }

    private final Engine engine;

    Database(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            this.engine = product.contains("postgres") ? Engine.POSTGRESQL : Engine.SQLITE;
        }
    }

    public Engine engine() {
        return engine;
    }
}
