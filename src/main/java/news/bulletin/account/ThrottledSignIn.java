package news.bulletin.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Email-and-password sign-in with the {@link SignInThrottle} in front. A refused try is reported as
 * {@link LockedException} whether or not the account exists, so the answer reveals nothing.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AccountSignIn accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String email = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                        ? details.getRemoteAddress()
                        : "unknown";
        if (throttle.refuses(email, address)) {
            throw new LockedException("too many failed sign-ins");
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(email);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(email, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
