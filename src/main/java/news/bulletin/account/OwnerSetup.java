package news.bulletin.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import news.bulletin.shared.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The one-time set-up link: while the site has no administrator, start-up prints a link with a
 * random token, and opening it lets the owner create the first administrator account.
 */
@Service
public class OwnerSetup {
    private static final Logger log = LoggerFactory.getLogger(OwnerSetup.class);

    private final People people;
    private final Accounts accounts;
    private final SiteSettings site;
    private final AtomicReference<@Nullable String> token = new AtomicReference<>();

    OwnerSetup(People people, Accounts accounts, SiteSettings site) {
        this.people = people;
        this.accounts = accounts;
        this.site = site;
    }

    @EventListener(ApplicationReadyEvent.class)
    void offerSetupLink() {
        if (people.hasAdministrator()) {
            return;
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        token.set(fresh);
        log.warn(
                "\n\n  Bulletin has no administrator yet. Open this link once to create the owner's account:\n\n  {}\n",
                setupLink());
    }

    /** The link printed at start-up, or null once the owner exists. */
    public @Nullable String setupLink() {
        String current = token.get();
        return current == null ? null : site.absolute("/setup/" + current);
    }

    public boolean accepts(String candidate) {
        String current = token.get();
        return current != null && matches(current, candidate) && !people.hasAdministrator();
    }

    /**
     * Creates the owner and retires the link. The token is claimed before the account is written, so
     * two requests racing with the same link cannot both create an administrator; if creation
     * fails, the link works again.
     */
    public Person complete(String candidate, String name, String email, String password) {
        String current = token.get();
        if (current == null || !matches(current, candidate) || !token.compareAndSet(current, null)) {
            throw new IllegalStateException("the set-up link is no longer valid");
        }
        try {
            return accounts.createOwner(name, email, password);
        } catch (RuntimeException e) {
            token.compareAndSet(null, current);
            throw e;
        }
    }

    private static boolean matches(String current, String candidate) {
        return MessageDigest.isEqual(
                current.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
