package news.bulletin.web;

import java.util.List;
import org.springframework.security.core.Authentication;

/** Supplies links for the staff bar; each module offers the screens the signed-in person may open. */
public interface StaffLinks {
    List<StaffLink> linksFor(Authentication person);

    /** Whether the person's own role is one of the given ones. */
    static boolean hasRole(Authentication person, String... roles) {
        for (var authority : person.getAuthorities()) {
            for (String role : roles) {
                if (("ROLE_" + role).equals(authority.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }
}
