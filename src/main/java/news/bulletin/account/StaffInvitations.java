package news.bulletin.account;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import news.bulletin.audit.AuditLog;
import news.bulletin.mail.Mail;
import news.bulletin.mail.Mailer;
import news.bulletin.shared.SiteSettings;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators invite staff by email: the account is made with its role at once, and the mail
 * carries a one-time link, valid for a week, where the new member of staff chooses a password.
 */
@Service
public class StaffInvitations {
    static final Duration LIFETIME = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final PersonRepository people;
    private final AccountRepository accounts;
    private final AccountTokens tokens;
    private final Mailer mailer;
    private final AuditLog audit;
    private final SiteSettings site;
    private final Clock clock;

    StaffInvitations(
            PersonRepository people,
            AccountRepository accounts,
            AccountTokens tokens,
            Mailer mailer,
            AuditLog audit,
            SiteSettings site,
            Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.audit = audit;
        this.site = site;
        this.clock = clock;
    }

    /** Invites somebody; returns the problems by field, empty when the invitation went out. */
    @Transactional
    public Map<String, String> invite(SignedInPerson admin, String name, String email, Role role) {
        if (!admin.role().includes(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators invite staff");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String trimmedName = name.trim();
        String address = EmailAddresses.normalize(email);
        if (trimmedName.isEmpty() || trimmedName.length() > 80) {
            problems.put("name", "Give the name as it should appear in bylines, up to 80 characters.");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            problems.put("email", "Give an email address such as name@example.org.");
        } else if (accounts.findAccountByEmail(address).isPresent()) {
            problems.put("email", "Somebody has an account with this address already; change their role in the list.");
        }
        if (!role.isStaff()) {
            problems.put("role", "Choose a newsroom role.");
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        long id = people.insert(trimmedName, people.freeSlug(trimmedName), "", role, address, null, clock.instant());
        String token = tokens.issue(id, TokenPurpose.RESET_PASSWORD, null, LIFETIME);
        mailer.send(new Mail(
                address,
                "You are invited to the " + site.siteName() + " newsroom",
                admin.displayName() + " invited you to write for " + site.siteName() + " as " + label(role)
                        + ".\n\nChoose your password within a week at:\n\n"
                        + site.absolute("/password/reset?token=" + token)
                        + "\n\nThen sign in at " + site.absolute("/login") + " with this address."));
        audit.record(admin.auditor(), "account.invited", "account:" + id, "", role.name());
        return Map.of();
    }

    private static String label(Role role) {
        return switch (role) {
            case CONTRIBUTOR -> "a contributor";
            case AUTHOR -> "an author";
            case EDITOR -> "an editor";
            case ADMIN -> "an administrator";
            case READER -> "a reader";
        };
    }
}
