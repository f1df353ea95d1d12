package news.bulletin.account;

import java.time.Clock;
import java.time.Duration;
import news.bulletin.mail.Mail;
import news.bulletin.mail.Mailer;
import news.bulletin.shared.SiteSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten passwords: a one-time link, valid for an hour, to choose a new one. */
@Service
public class PasswordResets {
    static final Duration LIFETIME = Duration.ofHours(1);

    private final AccountRepository people;
    private final SignInThrottle throttle;
    private final AccountTokens tokens;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final SiteSettings site;
    private final Clock clock;

    PasswordResets(
            AccountRepository people,
            SignInThrottle throttle,
            AccountTokens tokens,
            PasswordEncoder passwords,
            Mailer mailer,
            SiteSettings site,
            Clock clock) {
        this.people = people;
        this.throttle = throttle;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
    }

    /** Mails a reset link if the address belongs to an enabled account; the caller says the same either way. */
    @Transactional
    public void request(String email) {
        people.findAccountByEmail(EmailAddresses.normalize(email))
                .filter(Account::enabled)
                .ifPresent(account -> {
                    String token = tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD, null, LIFETIME);
                    mailer.send(new Mail(
                            account.email(),
                            "Choose a new password for " + site.siteName(),
                            "Somebody, perhaps you, asked to reset the password of your " + site.siteName()
                                    + " account.\n\nChoose a new one within an hour at:\n\n"
                                    + site.absolute("/password/reset?token=" + token)
                                    + "\n\nIf it was not you, ignore this mail: your password stays as it is."));
                });
    }

    /** Whether a reset link can still be used, without using it. */
    public LinkCheck check(String token) {
        return tokens.check(token, TokenPurpose.RESET_PASSWORD).state();
    }

    /** Sets the new password if the link is still good; the link is used up either way once it works. */
    @Transactional
    public LinkCheck reset(String token, String newPassword) {
        AccountTokens.Redemption redemption = tokens.redeem(token, TokenPurpose.RESET_PASSWORD);
        if (redemption.state() == LinkCheck.DONE) {
            people.changePasswordHash(redemption.personId(), passwords.encode(newPassword));
            // The link reached the address, which confirms it; invited staff start this way.
            people.findAccount(redemption.personId())
                    .filter(account -> !account.verified())
                    .ifPresent(account -> people.markVerified(account.id(), account.email(), clock.instant()));
            people.cancelPendingVerifications(redemption.personId());
            people.findAccount(redemption.personId()).ifPresent(account -> throttle.succeeded(account.email()));
        }
        return redemption.state();
    }
}
