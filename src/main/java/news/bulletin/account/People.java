package news.bulletin.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reads people for bylines and author pages. */
@Service
public class People {
    private final PersonRepository repository;
    private final AccountRepository accounts;

    People(PersonRepository repository, AccountRepository accounts) {
        this.repository = repository;
        this.accounts = accounts;
    }

    public Optional<Person> findBySlug(String slug) {
        return repository.findBySlug(slug);
    }

    public List<Person> findAll(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    /** Everyone who can be credited on a story, by name; a newsroom has far fewer than the limit. */
    public List<Person> staff() {
        return repository.staff(1000);
    }

    public Optional<Person> findById(long id) {
        return repository.findById(id);
    }

    /** The people whose author photo is this image. */
    public List<Person> withPhoto(long mediaId) {
        return repository.withPhoto(mediaId);
    }

    public boolean hasAdministrator() {
        return accounts.countWithRole(Role.ADMIN) > 0;
    }
}
