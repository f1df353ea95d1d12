package news.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions that read and then write, from many threads at once, beside readers: on SQLite none
 * may fail with SQLITE_BUSY and none may be lost.
 */
class SingleWriterTransactionsTests {
    @Test
    void concurrentReadThenWriteTransactionsAllCommitOnSqlite() throws Exception {
        Path folder = Files.createTempDirectory("single-writer");
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(
                "jdbc:sqlite:" + folder.resolve("test.db") + "?journal_mode=wal&busy_timeout=10000&synchronous=normal");
        dataSource.setMaximumPoolSize(8);
        try {
            var jdbc = JdbcClient.create(dataSource);
            jdbc.sql("CREATE TABLE posts (id INTEGER PRIMARY KEY, author INTEGER NOT NULL, body TEXT NOT NULL)")
                    .update();
            var manager = new SingleWriterTransactions(dataSource);
            var writes = new TransactionTemplate(manager);
            var reads = new TransactionTemplate(manager);
            reads.setReadOnly(true);
            int writers = 8;
            int each = 40;
            ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int author = w;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        int n = i;
                        writes.executeWithoutResult(status -> {
                            // Read first, as a flood check does, then write.
                            long recent = jdbc.sql("SELECT COUNT(*) FROM posts WHERE author = :a")
                                    .param("a", author)
                                    .query(Long.class)
                                    .single();
                            jdbc.sql("INSERT INTO posts (author, body) VALUES (:a, :b)")
                                    .param("a", author)
                                    .param("b", "post " + n + " after " + recent)
                                    .update();
                        });
                    }
                    return null;
                }));
            }
            for (int r = 0; r < 2; r++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        reads.executeWithoutResult(status -> jdbc.sql("SELECT COUNT(*), MAX(id) FROM posts")
                                .query()
                                .singleRow());
                    }
                    return null;
                }));
            }
            for (Future<?> task : work) {
                task.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM posts").query(Long.class).single())
                    .isEqualTo((long) writers * each);
        } finally {
            dataSource.close();
        }
    }
}
