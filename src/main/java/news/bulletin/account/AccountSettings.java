package news.bulletin.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import news.bulletin.mail.Mail;
import news.bulletin.mail.Mailer;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.SiteSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What readers change about their own account: name, address, password, notifications, or the whole account. */
@Service
public class AccountSettings {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository people;
    private final SignInThrottle throttle;
    private final Registration registration;
    private final PasswordEncoder passwords;
    private final Mailer mailer;
    private final SiteSettings site;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountSettings(
            AccountRepository people,
            SignInThrottle throttle,
            Registration registration,
            PasswordEncoder passwords,
            Mailer mailer,
            SiteSettings site,
            Clock clock,
            ApplicationEventPublisher events) {
        this.people = people;
        this.throttle = throttle;
        this.registration = registration;
        this.passwords = passwords;
        this.mailer = mailer;
        this.site = site;
        this.clock = clock;
        this.events = events;
    }

    public Optional<Account> find(long personId) {
        return people.findAccount(personId);
    }

    @Transactional
    public void rename(long personId, String name) {
        people.rename(personId, name.trim());
        events.publishEvent(ContentChanged.of(ContentKeys.person(personId), ContentKeys.STORIES));
    }

    /**
     * Starts a change of address: the new one takes effect when the link mailed to it is opened. The
     * old address is told, so a stolen session cannot quietly take the account over.
     */
    @Transactional
    public void changeEmail(long personId, String newEmail) {
        Account account = people.findAccount(personId).orElseThrow();
        String address = EmailAddresses.normalize(newEmail);
        registration.sendVerification(personId, address, "/account");
        mailer.send(new Mail(
                account.email(),
                "Your " + site.siteName() + " address is being changed",
                "Somebody signed in to your account asked to change its address to " + address
                        + ".\nIt changes only when the link sent there is opened.\n\n"
                        + "If it was not you, change your password at " + site.absolute("/account")));
    }

    /** Changes the password if the current one is right. */
    @Transactional
    public boolean changePassword(long personId, String current, String replacement) {
        if (!currentPasswordMatches(personId, current)) {
            return false;
        }
        people.changePasswordHash(personId, passwords.encode(replacement));
        people.cancelPendingVerifications(personId);
        people.findAccount(personId).ifPresent(account -> throttle.succeeded(account.email()));
        return true;
    }

    @Transactional
    public void notifyReplies(long personId, boolean notify) {
        people.setNotifyReplies(personId, notify);
    }

    /** The key in the "stop these mails" link of reply notifications, made on first use. */
    @Transactional
    public String replyMailKey(long personId) {
        return people.replyMailKey(personId).orElseGet(() -> {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            people.setReplyMailKey(personId, key);
            return key;
        });
    }

    /** Turns reply mails off for whoever the key belongs to; false if no account has it. */
    @Transactional
    public boolean stopReplyMails(String key) {
        return people.findIdByReplyMailKey(key)
                .map(id -> {
                    people.setNotifyReplies(id, false);
                    return true;
                })
                .orElse(false);
    }

    /**
     * Deletes the account if the password is right; what they wrote stays, credited to "a former
     * reader". The last administrator cannot leave: nobody could run the site after them.
     */
    @Transactional
    public boolean delete(long personId, String password) {
        if (!currentPasswordMatches(personId, password)) {
            return false;
        }
        if (people.findAccount(personId).map(Account::role).orElse(Role.READER) == Role.ADMIN
                && people.countWithRole(Role.ADMIN) <= 1) {
            throw new LastAdministratorException();
        }
        people.anonymize(personId, clock.instant());
        events.publishEvent(ContentChanged.of(ContentKeys.person(personId), ContentKeys.STORIES));
        return true;
    }

    private boolean currentPasswordMatches(long personId, String password) {
        return people.passwordHash(personId)
                .map(hash -> passwords.matches(password, hash))
                .orElse(false);
    }
}
