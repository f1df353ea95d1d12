package news.bulletin.account;

import java.util.List;
import news.bulletin.web.DisplayNamed;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session: Spring Security's user plus the person behind it. */
public class SignedInPerson extends User implements DisplayNamed {
    private final String displayName;

    SignedInPerson(String displayName, String email, String passwordHash, Role role, boolean enabled) {
        super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.displayName = displayName;
    }

    @Override
    public String displayName() {
        return displayName;
    }
}
