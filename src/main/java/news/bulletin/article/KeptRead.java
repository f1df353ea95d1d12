package news.bulletin.article;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A database read kept in memory until it is forgotten, for what every page shows and seldom
 * changes. A value read inside a transaction is not kept: on SQLite such a read sees the data as it
 * was when its transaction began, possibly before a change that has been committed and forgotten
 * since. A writing transaction reads afresh, to see its own changes. A value is kept only if nothing
 * was forgotten while it was read (each forget installs a new state, so a value read before a
 * change committed can never replace the state the change left), and for a limited time at most,
 * so that a change made on another node shows here within that time.
 */
final class KeptRead<T> {
    private final Duration keptFor;
    private final AtomicReference<State<T>> state = new AtomicReference<>(new State<>(null, 0));

    KeptRead(Duration keptFor) {
        this.keptFor = keptFor;
    }

    /** The kept value, or a fresh read, kept when read outside a transaction. */
    T get(Supplier<T> read) {
        State<T> seen = state.get();
        long now = System.nanoTime();
        Reading reading = Reading.now();
        T value = seen.value();
        if (value != null && now - seen.readAt() < keptFor.toNanos() && reading.mayUseKept()) {
            return value;
        }
        T fresh = read.get();
        if (reading.mayKeep()) {
            state.compareAndSet(seen, new State<>(fresh, now));
        }
        return fresh;
    }

    void forget() {
        state.set(new State<>(null, 0));
    }

    /**
     * What the calling thread's transaction allows, by the rules above: a kept value may be used
     * unless the transaction writes, and a fresh read kept only outside a transaction.
     */
    record Reading(boolean mayUseKept, boolean mayKeep) {
        static Reading now() {
            boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
            boolean writing = inTransaction && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
            return new Reading(!writing, !inTransaction);
        }
    }

    /** The kept value and when it was read, or no value; each forget makes a new one. */
    private record State<T>(@Nullable T value, long readAt) {}
}
