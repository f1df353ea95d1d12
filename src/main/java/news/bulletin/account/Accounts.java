package news.bulletin.account;

import java.time.Clock;
import news.bulletin.audit.AuditLog;
import news.bulletin.audit.Auditor;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and administers people: the owner at first run, staff profiles for bylines, roles and access. */
@Service
public class Accounts {
    static final int PAGE_SIZE = 50;

    private final PersonRepository repository;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Accounts(
            PersonRepository repository,
            AccountRepository accounts,
            AuditLog audit,
            PasswordEncoder passwordEncoder,
            Clock clock,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.accounts = accounts;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** A staff member who appears in bylines but cannot sign in until given an email and password. */
    @Transactional
    public Person addStaffProfile(String name, String bio, Role role) {
        long id = repository.insert(name, repository.freeSlug(name), bio, role, null, null, clock.instant());
        return repository.findById(id).orElseThrow();
    }

    /**
     * Creates the first administrator; refuses when one exists already, so a set-up link cannot be
     * used twice even by two requests racing each other.
     */
    @Transactional
    public Person createOwner(String name, String email, String password) {
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            throw new IllegalStateException("the site has an administrator already");
        }
        long id = repository.insert(
                name,
                repository.freeSlug(name),
                "",
                Role.ADMIN,
                EmailAddresses.normalize(email),
                passwordEncoder.encode(password),
                clock.instant());
        accounts.markVerified(id, EmailAddresses.normalize(email), clock.instant());
        return repository.findById(id).orElseThrow();
    }

    /** Every account that can sign in, oldest first, for administrators. */
    public Paging<Account> list(PageNumber page) {
        return Paging.of(
                accounts.accounts(PAGE_SIZE, page.offset(PAGE_SIZE)), page, accounts.countAccounts(), PAGE_SIZE);
    }

    /** Changes a role; the last administrator cannot be demoted, or nobody could manage the site. */
    @Transactional
    public void changeRole(SignedInPerson admin, long personId, Role role) {
        Auditor actor = administrator(admin);
        Account account = accounts.findAccount(personId).orElseThrow(() -> new NotFoundException("no such account"));
        if (account.role() == Role.ADMIN && role != Role.ADMIN && accounts.countWithRole(Role.ADMIN) <= 1) {
            throw new LastAdministratorException();
        }
        accounts.setRole(personId, role);
        events.publishEvent(ContentChanged.of(ContentKeys.person(personId), ContentKeys.STORIES));
        audit.record(
                actor, "account.role", "account:" + personId, account.role().name(), role.name());
    }

    /** Changes what an author page says about its author: the bio, and the photo from the media library. */
    @Transactional
    public void updateProfile(SignedInPerson admin, long personId, String bio, @Nullable Long photoMediaId) {
        Auditor actor = administrator(admin);
        Person person = repository.findById(personId).orElseThrow(() -> new NotFoundException("no such person"));
        repository.updateProfile(personId, bio.strip(), photoMediaId);
        events.publishEvent(ContentChanged.of(ContentKeys.person(personId)));
        audit.record(
                actor,
                "person.profile",
                "person:" + personId,
                person.bio() + (person.photoMediaId() == null ? "" : " [photo " + person.photoMediaId() + "]"),
                bio.strip() + (photoMediaId == null ? "" : " [photo " + photoMediaId + "]"));
    }

    /** Disables or re-enables an account; a disabled account cannot sign in. */
    @Transactional
    public void setEnabled(SignedInPerson admin, long personId, boolean enabled) {
        Auditor actor = administrator(admin);
        Account account = accounts.findAccount(personId).orElseThrow(() -> new NotFoundException("no such account"));
        if (!enabled && account.role() == Role.ADMIN && accounts.countWithRole(Role.ADMIN) <= 1) {
            throw new LastAdministratorException();
        }
        accounts.setEnabled(personId, enabled);
        audit.record(
                actor,
                "account.access",
                "account:" + personId,
                account.enabled() ? "enabled" : "disabled",
                enabled ? "enabled" : "disabled");
    }

    /** The person as the audit log records them, if they are an administrator; refused otherwise. */
    private static Auditor administrator(SignedInPerson person) {
        if (!person.role().includes(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators manage people");
        }
        return person.auditor();
    }
}
