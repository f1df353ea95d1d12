package news.bulletin.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import news.bulletin.web.SignedInRefresh;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks up accounts by email for Spring Security's sign-in, and keeps signed-in sessions up to
 * date: a disabled or deleted account, or a changed password, ends every other session.
 */
@Service
class AccountSignIn implements UserDetailsService, SignedInRefresh {
    private final AccountRepository repository;

    AccountSignIn(AccountRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return repository
                .findCredentials(EmailAddresses.normalize(email))
                .map(AccountSignIn::principal)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Override
    public @Nullable Authentication refresh(Authentication current) {
        if (!(current.getPrincipal() instanceof SignedInPerson person)) {
            return current;
        }
        var fresh = repository.findCredentials(person.personId()).map(AccountSignIn::principal);
        if (fresh.isEmpty()
                || !fresh.get().isEnabled()
                || !fresh.get().credentialStamp().equals(person.credentialStamp())) {
            return null;
        }
        return person.sameAs(fresh.get())
                ? current
                : UsernamePasswordAuthenticationToken.authenticated(
                        fresh.get(), null, fresh.get().getAuthorities());
    }

    private static SignedInPerson principal(AccountRepository.Credentials c) {
        return new SignedInPerson(
                c.id(),
                c.name(),
                c.email(),
                c.passwordHash(),
                c.role(),
                c.enabled(),
                c.verified(),
                stamp(c.passwordHash()));
    }

    /** Stamps are asked for on every signed-in request; a hash is worked out once. */
    private static final Cache<String, String> STAMPS =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private static String stamp(String passwordHash) {
        return STAMPS.get(passwordHash, AccountSignIn::digest);
    }

    private static String digest(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
