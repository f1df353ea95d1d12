package news.bulletin.article;

import java.nio.file.Path;
import news.bulletin.support.TestDataFolders;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article queries on a fresh PostgreSQL schema. */
class PostgresArticleStoreTests extends ArticleStoreContract {
    private static final Path DATA = TestDataFolders.create("postgres-articles");

    @BeforeAll
    static void requirePostgres() {
        TestDatabases.requirePostgres();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("bulletin.data-dir", DATA::toString);
        registry.add("spring.datasource.url", TestDatabases::freshPostgresSchema);
        registry.add("spring.datasource.username", () -> TestDatabases.POSTGRES_USER);
        registry.add("spring.datasource.password", () -> TestDatabases.POSTGRES_PASSWORD);
    }
}
