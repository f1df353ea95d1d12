package news.bulletin.article;

import news.bulletin.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article queries on a fresh SQLite file. */
class SqliteArticleStoreTests extends ArticleStoreContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "sqlite-articles");
    }
}
