package news.bulletin.account;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address over 15 minutes: after 5 for one
 * account or 20 from one address, further tries are refused until the oldest failures age out.
 * Counts live in this node's memory; on several nodes each applies the limits on its own.
 */
@Component
class SignInThrottle {
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    private static final int MAX_KEYS = 100_000;

    /** Bounded, and forgets keys with no failure for a window, so guessing cannot fill the memory. */
    private final Map<String, Deque<Instant>> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(MAX_KEYS)
            .<String, Deque<Instant>>build()
            .asMap();

    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean refuses(String email, String address) {
        return recent(accountKey(email)) >= PER_ACCOUNT || recent(addressKey(address)) >= PER_ADDRESS;
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(email), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                Deque<Instant> updated = times == null ? new ArrayDeque<>() : times;
                synchronized (updated) {
                    updated.addLast(now);
                }
                return updated;
            });
        }
    }

    void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String accountKey(String email) {
        return "account:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
