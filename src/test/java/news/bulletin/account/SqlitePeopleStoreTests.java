package news.bulletin.account;

import news.bulletin.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The people queries on a fresh SQLite file. */
class SqlitePeopleStoreTests extends PeopleStoreContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "sqlite-people");
    }
}
