package news.bulletin.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions that let one writer at a time into an SQLite database, and any number of readers.
 *
 * <p>SQLite allows one writer. A transaction that reads first and writes later (count the
 * reader's recent comments, then insert one) is refused at once with {@code SQLITE_BUSY} when
 * another connection wrote in between, and the busy timeout does not help it. So each read-write
 * transaction waits here, before it takes a connection, until the one before it has finished;
 * read-only transactions never wait, as WAL lets them read beside the writer.
 */
class SingleWriterTransactions extends JdbcTransactionManager {
    private final ReentrantLock writer = new ReentrantLock(true);
    private final ThreadLocal<Deque<Boolean>> held = ThreadLocal.withInitial(ArrayDeque::new);

    SingleWriterTransactions(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        boolean writes = !definition.isReadOnly();
        if (writes) {
            writer.lock();
        }
        try {
            super.doBegin(transaction, definition);
        } catch (RuntimeException | Error e) {
            if (writes) {
                writer.unlock();
            }
            throw e;
        }
        held.get().push(writes);
    }

    @Override
    protected void doCleanupAfterCompletion(Object transaction) {
        try {
            super.doCleanupAfterCompletion(transaction);
        } finally {
            Deque<Boolean> stack = held.get();
            if (!stack.isEmpty() && stack.pop()) {
                writer.unlock();
            }
            if (stack.isEmpty()) {
                held.remove();
            }
        }
    }
}
