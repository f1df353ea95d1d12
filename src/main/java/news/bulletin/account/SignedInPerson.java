package news.bulletin.account;

import java.util.List;
import news.bulletin.web.DisplayNamed;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session: Spring Security's user plus the person behind it. */
public class SignedInPerson extends User implements DisplayNamed {
    private final long personId;
    private final String displayName;
    private final boolean verified;
    private final Role role;

    SignedInPerson(
            long personId,
            String displayName,
            String email,
            String passwordHash,
            Role role,
            boolean enabled,
            boolean verified) {
        super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.personId = personId;
        this.displayName = displayName;
        this.verified = verified;
        this.role = role;
    }

    public Role role() {
        return role;
    }

    public long personId() {
        return personId;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    /** Whether the email address was confirmed; commenting needs it. */
    public boolean verified() {
        return verified;
    }

    // User's equals and hashCode compare usernames only, which is what session registries need.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
