package news.bulletin.search;

import news.bulletin.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The search cases on SQLite's FTS5. */
class SqliteSearchTests extends SearchContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "search");
    }
}
