package news.bulletin.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a real PostgreSQL server: read-only transactions run statement by statement, everything else
 * is a real transaction, and a connection used for reads comes back to the pool ready for writes.
 */
class PostgresTransactionsTests {

    private HikariDataSource dataSource;
    private JdbcClient jdbc;
    private PostgresTransactions manager;

    @BeforeEach
    void connect() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestDatabases.freshPostgresSchema("postgres_transactions"));
        dataSource.setUsername(TestDatabases.POSTGRES_USER);
        dataSource.setPassword(TestDatabases.POSTGRES_PASSWORD);
        // One connection, so every transaction below reuses the one before it.
        dataSource.setMaximumPoolSize(1);
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE TABLE notes (id SERIAL PRIMARY KEY, body TEXT NOT NULL)")
                .update();
        manager = new PostgresTransactions(dataSource);
    }

    /**
     * Whether two statements 10 ms apart ran in transactions of their own: {@code now()} is the
     * start of the current transaction.
     */
    private boolean ownTransactions() {
        var first = jdbc.sql("SELECT now()").query(java.sql.Timestamp.class).single();
        jdbc.sql("SELECT pg_sleep(0.01)").query().singleRow();
        var second = jdbc.sql("SELECT now()").query(java.sql.Timestamp.class).single();
        return !first.equals(second);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void readOnlyTransactionsSendNoBeginOrCommit() {
        var reads = new TransactionTemplate(manager);
        reads.setReadOnly(true);
        Boolean ownTransaction = reads.execute(status -> {
            return ownTransactions();
        });
        assertThat(ownTransaction).isTrue();
    }

    @Test
    void writesAndStricterReadsAreRealTransactions() {
        var writes = new TransactionTemplate(manager);
        Boolean writeOwnTransaction = writes.execute(status -> {
            return ownTransactions();
        });
        assertThat(writeOwnTransaction).isFalse();
        var repeatableReads = new TransactionTemplate(manager);
        repeatableReads.setReadOnly(true);
        repeatableReads.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        Boolean repeatableOwnTransaction = repeatableReads.execute(status -> {
            return ownTransactions();
        });
        assertThat(repeatableOwnTransaction).isFalse();
    }

    @Test
    void aConnectionThatReadWithoutATransactionStillRollsBackAWrite() {
        var reads = new TransactionTemplate(manager);
        reads.setReadOnly(true);
        reads.executeWithoutResult(status ->
                jdbc.sql("SELECT COUNT(*) FROM notes").query(Long.class).single());
        var writes = new TransactionTemplate(manager);
        assertThatThrownBy(() -> writes.executeWithoutResult(status -> {
                    jdbc.sql("INSERT INTO notes (body) VALUES ('kept?')").update();
                    throw new IllegalStateException("the write fails after its insert");
                }))
                .isInstanceOf(IllegalStateException.class);
        writes.executeWithoutResult(
                status -> jdbc.sql("INSERT INTO notes (body) VALUES ('kept')").update());
        assertThat(jdbc.sql("SELECT body FROM notes").query(String.class).list())
                .containsExactly("kept");
    }

    @Test
    void aWriteMayNotJoinAReadOnlyTransaction() {
        var reads = new TransactionTemplate(manager);
        reads.setReadOnly(true);
        var writes = new TransactionTemplate(manager);
        assertThatThrownBy(() -> reads.executeWithoutResult(outer -> writes.executeWithoutResult(inner ->
                        jdbc.sql("INSERT INTO notes (body) VALUES ('joined')").update())))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notes").query(Long.class).single())
                .isZero();
    }
}
