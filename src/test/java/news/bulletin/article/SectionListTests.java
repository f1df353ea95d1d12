package news.bulletin.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The list of sections is kept in memory and forgotten by every change made through the
 * repository, on a real SQLite file. A change made behind the repository's back shows which list a
 * read was answered from.
 */
class SectionListTests {
    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private SectionRepository sections;
    private TransactionTemplate transactions;

    @BeforeEach
    void create() throws Exception {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(
                "jdbc:sqlite:" + Files.createTempDirectory("section-list").resolve("test.db")
                        + "?journal_mode=wal&busy_timeout=10000");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                        CREATE TABLE sections (id INTEGER PRIMARY KEY, name TEXT NOT NULL, slug TEXT NOT NULL,
                            description TEXT NOT NULL, nav_order INTEGER NOT NULL)""").update();
        sections = new SectionRepository(jdbc);
        transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        sections.insert("World", "world", "", 1);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    private List<String> names() {
        return sections.all().stream().map(Section::name).toList();
    }

    private void renameBehindItsBack(String name) {
        jdbc.sql("UPDATE sections SET name = :name").param("name", name).update();
    }

    @Test
    void aListReadOutsideATransactionIsKeptUntilTheRepositoryChangesASection() {
        assertThat(names()).containsExactly("World");
        renameBehindItsBack("Abroad");
        assertThat(names()).as("kept").containsExactly("World");

        transactions.executeWithoutResult(status -> {
            long id = sections.all().get(0).id();
            sections.update(id, "Global", "world", "");
        });
        assertThat(names()).containsExactly("Global");

        transactions.executeWithoutResult(status -> sections.insert("Sport", "sport", "", 2));
        assertThat(names()).containsExactly("Global", "Sport");
    }

    @Test
    void aListReadInsideATransactionIsNotKept() {
        transactions.executeWithoutResult(status -> assertThat(names()).containsExactly("World"));
        renameBehindItsBack("Abroad");
        assertThat(names()).containsExactly("Abroad");
    }

    @Test
    void aWritingTransactionReadsTheSectionsAfresh() {
        assertThat(names()).containsExactly("World");
        renameBehindItsBack("Abroad");
        transactions.executeWithoutResult(status -> assertThat(names()).containsExactly("Abroad"));
    }

    @Test
    void aChangeRolledBackIsForgottenToo() {
        assertThat(names()).containsExactly("World");
        transactions.executeWithoutResult(status -> {
            sections.update(sections.all().get(0).id(), "Global", "world", "");
            status.setRollbackOnly();
        });
        assertThat(names()).containsExactly("World");
    }
}
