package news.bulletin.account;

import java.time.Clock;
import news.bulletin.shared.Slugs;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates people: the owner at first run and staff profiles for bylines. */
@Service
public class Accounts {
    private final PersonRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(PersonRepository repository, PasswordEncoder passwordEncoder, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A staff member who appears in bylines but cannot sign in until given an email and password. */
    @Transactional
    public Person addStaffProfile(String name, String bio, Role role) {
        long id = repository.insert(name, uniqueSlug(name), bio, role, null, null, clock.instant());
        return repository.findById(id).orElseThrow();
    }

    /**
     * Creates the first administrator; refuses when one exists already, so a set-up link cannot be
     * used twice even by two requests racing each other.
     */
    @Transactional
    public Person createOwner(String name, String email, String password) {
        if (repository.countWithRole(Role.ADMIN) > 0) {
            throw new IllegalStateException("the site has an administrator already");
        }
        long id = repository.insert(
                name,
                uniqueSlug(name),
                "",
                Role.ADMIN,
                EmailAddresses.normalize(email),
                passwordEncoder.encode(password),
                clock.instant());
        return repository.findById(id).orElseThrow();
    }

    private String uniqueSlug(String name) {
        String base = Slugs.of(name);
        if (base.isEmpty()) {
            base = "person";
        }
        String slug = base;
        for (int n = 2; repository.slugExists(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
