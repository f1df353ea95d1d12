package news.bulletin.platform;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.JdbcTransactionObjectSupport;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Transactions on PostgreSQL, where a read-only transaction at the default isolation runs its
 * statements one by one on its connection, without {@code BEGIN} and {@code COMMIT}.
 *
 * <p>At READ COMMITTED every statement sees the data committed when it starts, inside a transaction
 * or not, so wrapping reads in one gives them nothing; it costs a {@code COMMIT}, a round trip to
 * the server, for every service call a page makes (seven on an article page). Round trips are what
 * a page costs on PostgreSQL. Read-write transactions, and reads that ask for a stricter isolation,
 * are real transactions as before; a read-write call may not join a read-only one.
 */
class PostgresTransactions extends JdbcTransactionManager {
    PostgresTransactions(DataSource dataSource) {
        super(dataSource);
        // A read-write call joining a read-only one would write statement by statement, with
        // nothing to roll back: it is refused instead, as PostgreSQL refused the write before.
        setValidateExistingTransaction(true);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        if (definition.isReadOnly() && definition.getIsolationLevel() == TransactionDefinition.ISOLATION_DEFAULT) {
            // Nothing has been sent yet: the driver sends BEGIN with the first statement.
            connection.setAutoCommit(true);
        }
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        if (!statementByStatement(status)) {
            super.doCommit(status);
        }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        if (!statementByStatement(status)) {
            super.doRollback(status);
        }
    }

    private static boolean statementByStatement(DefaultTransactionStatus status) {
        try {
            return connection(status.getTransaction()).getAutoCommit();
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connection(Object transaction) {
        return ((JdbcTransactionObjectSupport) transaction)
                .getConnectionHolder()
                .getConnection();
    }
}
