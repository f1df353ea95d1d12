package news.bulletin.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The limits on failed sign-ins, on a clock the test moves. */
class SignInThrottleTests {
    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void refusesAnAccountAfterFiveFailuresUntilTheyAgeOut() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.refuses("ada@example.com", "10.0.0.1")).isFalse();
            throttle.failed("ADA@example.com", "10.0.0.1");
        }

        assertThat(throttle.refuses("ada@example.com", "10.0.0.2")).isTrue();
        assertThat(throttle.refuses("ben@example.com", "10.0.0.1")).isFalse();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.refuses("ada@example.com", "10.0.0.2")).isFalse();
    }

    @Test
    void refusesAnAddressAfterTwentyFailuresWhateverTheAccounts() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("reader" + i + "@example.com", "10.0.0.9");
        }

        assertThat(throttle.refuses("someone.new@example.com", "10.0.0.9")).isTrue();
        assertThat(throttle.refuses("someone.new@example.com", "10.0.0.10")).isFalse();
    }

    @Test
    void aSuccessfulSignInClearsTheAccountsFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("ada@example.com", "10.0.0.1");
        }
        throttle.succeeded("ada@example.com");
        throttle.failed("ada@example.com", "10.0.0.1");

        assertThat(throttle.refuses("ada@example.com", "10.0.0.1")).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
