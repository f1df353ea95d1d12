package news.bulletin.account;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Makes accounts for tests, with any role and with or without a confirmed address. */
public final class TestAccounts {
    public static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final PersonRepository people;
    private final AccountRepository accountRows;
    private final PasswordEncoder passwords;
    private final Clock clock;

    public TestAccounts(ApplicationContext context) {
        this.people = context.getBean(PersonRepository.class);
        this.accountRows = context.getBean(AccountRepository.class);
        this.passwords = context.getBean(PasswordEncoder.class);
        this.clock = context.getBean(Clock.class);
    }

    /** A confirmed account with {@link #PASSWORD}. */
    public Account create(Role role) {
        return create(role, true);
    }

    public Account create(Role role, boolean verified) {
        int n = SEQUENCE.incrementAndGet();
        String email = role.name().toLowerCase() + n + "@example.com";
        String name = "Test " + role.name().toLowerCase() + " " + n;
        long id = people.insert(
                name, people.freeSlug(name), "", role, email, passwords.encode(PASSWORD), clock.instant());
        if (verified) {
            accountRows.markVerified(id, email, clock.instant());
        }
        return accountRows.findAccount(id).orElseThrow();
    }
}
