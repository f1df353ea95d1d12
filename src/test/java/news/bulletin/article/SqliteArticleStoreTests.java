package news.bulletin.article;

import java.nio.file.Path;
import news.bulletin.support.TestDataFolders;
import news.bulletin.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The article queries on a fresh SQLite file. */
class SqliteArticleStoreTests extends ArticleStoreContract {
    private static final Path DATA = TestDataFolders.create("sqlite-articles");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("bulletin.data-dir", DATA::toString);
        registry.add("spring.datasource.url", () -> TestDatabases.sqliteUrl(DATA));
    }
}
