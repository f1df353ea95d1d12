package news.bulletin.article;

import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article queries on an emptied PostgreSQL schema. */
class PostgresArticleStoreTests extends ArticleStoreContract {
    @BeforeAll
    static void requirePostgres() {
        TestDatabases.requirePostgres();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.usePostgres(registry, "articles");
    }
}
