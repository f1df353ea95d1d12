package news.bulletin.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The databases tests run on: a fresh SQLite file, or a fresh schema on the PostgreSQL server named
 * by {@code BULLETIN_TEST_POSTGRES_URL}. A missing PostgreSQL skips its tests by name, except in CI,
 * where it fails them.
 */
public final class TestDatabases {
    public static final String POSTGRES_URL =
            env("BULLETIN_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String POSTGRES_USER = env("BULLETIN_TEST_POSTGRES_USER", "postgres");
    public static final String POSTGRES_PASSWORD = env("BULLETIN_TEST_POSTGRES_PASSWORD", "");

    private TestDatabases() {}

    /** Points the application at a fresh data folder with its own SQLite file. */
    /** Points the application at a fresh data folder with its SQLite file; returns the folder. */
    public static Path useSqlite(DynamicPropertyRegistry registry, String name) {
        Path data = TestDataFolders.create(name);
        registry.add("bulletin.data-dir", data::toString);
        registry.add("spring.datasource.url", () -> sqliteUrl(data));
        return data;
    }

    /** Points the application at an emptied PostgreSQL schema of this name, and a fresh data folder. */
    public static void usePostgres(DynamicPropertyRegistry registry, String name) {
        String url = freshPostgresSchema(name);
        Path data = TestDataFolders.create(name);
        registry.add("bulletin.data-dir", data::toString);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> POSTGRES_USER);
        registry.add("spring.datasource.password", () -> POSTGRES_PASSWORD);
    }

    public static String sqliteUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("bulletin.db")
                + "?foreign_keys=on&journal_mode=wal&busy_timeout=10000&synchronous=normal";
    }

    /**
     * Empties (drops and creates) the schema for one test class and returns a URL whose connections
     * use it. Names are fixed per class, so runs reuse their schemas instead of piling up new ones.
     */
    public static String freshPostgresSchema(String name) {
        requirePostgres();
        String schema = "bulletin_test_" + name.replaceAll("[^a-z0-9]", "_");
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test schema on " + POSTGRES_URL, e);
        }
        return POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static void requirePostgres() {
        if (postgresAnswers()) {
            return;
        }
        String message = "PostgreSQL tests need a server at " + POSTGRES_URL + " (set BULLETIN_TEST_POSTGRES_URL)";
        if (Ci.isCi()) {
            fail(message + "; in CI it must be running");
        }
        Assumptions.abort("Skipped: " + message);
    }

    private static boolean postgresAnswers() {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, POSTGRES_PASSWORD)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
