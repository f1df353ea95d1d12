package news.bulletin.account;

import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The people queries on an emptied PostgreSQL schema. */
class PostgresPeopleStoreTests extends PeopleStoreContract {
    @BeforeAll
    static void requirePostgres() {
        TestDatabases.requirePostgres();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry, "people");
    }
}
