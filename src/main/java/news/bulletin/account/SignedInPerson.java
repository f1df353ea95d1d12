package news.bulletin.account;

import java.util.List;
import news.bulletin.audit.Auditor;
import news.bulletin.web.DisplayNamed;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session: Spring Security's user plus the person behind it. */
public class SignedInPerson extends User implements DisplayNamed {
    private final long personId;
    private final String displayName;
    private final boolean verified;
    private final Role role;
    private final String credentialStamp;

    SignedInPerson(
            long personId,
            String displayName,
            String email,
            String passwordHash,
            Role role,
            boolean enabled,
            boolean verified,
            String credentialStamp) {
        super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.personId = personId;
        this.displayName = displayName;
        this.verified = verified;
        this.role = role;
        this.credentialStamp = credentialStamp;
    }

    /**
     * Changes whenever the password does; the password itself is erased from the principal after
     * sign-in, so sessions compare this instead.
     */
    String credentialStamp() {
        return credentialStamp;
    }

    /** Whether the fresh copy of the account shows the same person with the same rights. */
    boolean sameAs(SignedInPerson fresh) {
        return personId == fresh.personId
                && role == fresh.role
                && verified == fresh.verified
                && displayName.equals(fresh.displayName)
                && getUsername().equals(fresh.getUsername());
    }

    /** This person as the audit log records them. */
    public Auditor auditor() {
        return new Auditor(personId, displayName);
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
