package news.bulletin.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers to a question every signed-in request asks the database ("is this account still as it
 * was?", "has this reader commented here?"), kept for two seconds. The code that changes an answer
 * forgets it, at once and again when its transaction ends (a reader may have asked in between), so a
 * change on this node applies to the next request and one made on another node within two seconds.
 */
public final class KeptAnswers<K, V> {
    private static final Duration KEPT = Duration.ofSeconds(2);

    private final Cache<K, V> answers =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(KEPT).build();
    private final AtomicLong forgets = new AtomicLong();

    /**
     * The kept answer, or the one {@code ask} gives now; a null answer is not kept. The question is
     * asked outside the cache's locks (a writer forgetting must never wait on a reader who waits for
     * a database connection), and an answer that a forget may have overtaken is not kept.
     */
    public @Nullable V get(K key, Function<K, @Nullable V> ask) {
        V kept = answers.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        long before = forgets.get();
        V answer = ask.apply(key);
        if (answer != null) {
            answers.put(key, answer);
            if (forgets.get() != before) {
                answers.asMap().remove(key, answer);
            }
        }
        return answer;
    }

    public void forget(K key) {
        forgets.incrementAndGet();
        answers.invalidate(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgets.incrementAndGet();
                    answers.invalidate(key);
                }
            });
        }
    }
}
