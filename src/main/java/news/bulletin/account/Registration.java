package news.bulletin.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import news.bulletin.mail.Mail;
import news.bulletin.mail.Mailer;
import news.bulletin.shared.SiteSettings;
import news.bulletin.web.ReturnPaths;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers sign up and confirm their address. Answers never reveal whether an address is registered:
 * signing up with a known address mails its owner instead of saying so on the page.
 */
@Service
public class Registration {
    static final Duration VERIFICATION_LIFETIME = Duration.ofHours(48);

    private final PersonRepository people;
    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final SiteSettings site;
    private final Clock clock;

    Registration(
            PersonRepository people,
            AccountRepository accounts,
            AccountTokens tokens,
            PasswordEncoder passwords,
            Mailer mailer,
            SiteSettings site,
            Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /**
     * Creates a reader account and mails a verification link that brings them back to {@code returnPath}.
     * Returns the new person's id, or empty when the address was taken (its owner gets a mail).
     */
    @Transactional
    public Optional<Long> register(String name, String email, String password, String returnPath) {
        String address = EmailAddresses.normalize(email);
        // Hashed on both paths, so that the time taken does not tell whether the address is known.
        String hash = passwords.encode(password);
        if (accounts.findAccountByEmail(address).isPresent()) {
            mailer.send(new Mail(
                    address,
                    "Someone tried to register with your address at " + site.siteName(),
                    "Somebody, perhaps you, tried to create a " + site.siteName() + " account with this address.\n\n"
                            + "You already have one. Sign in at " + site.absolute("/login") + "\n"
                            + "or, if you forgot your password, choose a new one at "
                            + site.absolute("/password/forgot") + "\n\nIf it was not you, ignore this mail."));
            return Optional.empty();
        }
        long id = people.insert(name.trim(), people.freeSlug(name), "", Role.READER, address, hash, clock.instant());
        sendVerification(id, address, returnPath);
        return Optional.of(id);
    }

    /** Mails a new verification link; earlier ones stop working. */
    @Transactional
    public void sendVerification(long personId, String address, String returnPath) {
        String token = tokens.issue(personId, TokenPurpose.VERIFY_EMAIL, address, VERIFICATION_LIFETIME);
        String link = site.absolute("/account/verify?token=" + token + "&return="
                + URLEncoder.encode(ReturnPaths.safe(returnPath), StandardCharsets.UTF_8));
        mailer.send(new Mail(
                address,
                "Confirm your email address for " + site.siteName(),
                "Welcome to " + site.siteName()
                        + ".\n\nConfirm your email address by opening this link within 48 hours:\n\n" + link
                        + "\n\nIf you did not sign up, ignore this mail: nothing happens without the link."));
    }

    /** Whether a confirmation link can be used, without using it. */
    public LinkCheck check(String token) {
        return tokens.check(token, TokenPurpose.VERIFY_EMAIL).state();
    }

    /** Confirms an address from a mailed link; for an email change, the new address takes effect now. */
    @Transactional
    public Verification verify(String token) {
        AccountTokens.Redemption redemption = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL);
        if (redemption.state() == LinkCheck.DONE && redemption.email() != null) {
            if (accounts.findAccountByEmail(redemption.email())
                    .filter(other -> other.id() != redemption.personId())
                    .isPresent()) {
                return new Verification(LinkCheck.USED, redemption.personId());
            }
            accounts.markVerified(redemption.personId(), redemption.email(), clock.instant());
        }
        return new Verification(redemption.state(), redemption.personId());
    }

    /** The outcome of a verification link and whose account it was for. */
    public record Verification(LinkCheck state, long personId) {}
}
