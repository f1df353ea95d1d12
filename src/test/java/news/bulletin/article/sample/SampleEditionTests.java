package news.bulletin.article.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import news.bulletin.support.TestDataFolders;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A first start on an empty data folder loads an edition that exercises every kind of markup. */
@SpringBootTest
class SampleEditionTests {
    private static final Path DATA = TestDataFolders.create("sample");

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("bulletin.data-dir", DATA::toString);
        registry.add("spring.datasource.url", () -> TestDatabases.sqliteUrl(DATA));
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SampleEdition edition;

    @Test
    void loadsSectionsWritersAndTwelvePublishedStories() {
        assertThat(count("SELECT COUNT(*) FROM sections")).isGreaterThanOrEqualTo(4);
        assertThat(count("SELECT COUNT(DISTINCT person_id) FROM bylines")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM articles WHERE status = 'PUBLISHED'"))
                .isEqualTo(12);
        assertThat(count("SELECT COUNT(*) FROM articles WHERE hero_media_id IS NULL OR hero_alt = ''"))
                .isZero();
        assertThat(DATA.resolve("media/sample/harbour.jpg")).exists();
    }

    @Test
    void theBodiesTogetherUseEveryKindOfMarkup() {
        String all = String.join(
                "\n",
                jdbc.sql("SELECT body_html FROM articles").query(String.class).list());

        assertThat(all)
                .contains("<p>", "<h2>", "<ul>", "<ol>", "<table>", "<a href=")
                .containsPattern("<figure>\\s*<blockquote>")
                .containsPattern("<figure>\\s*<img[^>]+alt=\"[^\"]+\"")
                .contains("<figcaption>");
    }

    @Test
    void loadsOnlyOnceEvenWhenAskedAgain() {
        edition.afterSingletonsInstantiated();

        assertThat(count("SELECT COUNT(*) FROM articles")).isEqualTo(12);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
