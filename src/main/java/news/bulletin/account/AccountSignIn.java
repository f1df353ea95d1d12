package news.bulletin.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Looks up accounts by email for Spring Security's form sign-in. */
@Service
class AccountSignIn implements UserDetailsService {
    private final AccountRepository repository;

    AccountSignIn(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return repository
                .findCredentials(EmailAddresses.normalize(email))
                .map(c -> new SignedInPerson(
                        c.id(), c.name(), c.email(), c.passwordHash(), c.role(), c.enabled(), c.verified()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
