package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Supplies links for the staff bar; each module offers the screens the signed-in person may open. */
public interface StaffLinks {
    /** The request attribute where a page puts a link about itself, such as "Edit this article". */
    String PAGE_LINK = StaffLinks.class.getName() + ".pageLink";

    List<StaffLink> linksFor(Authentication person);

    /**
     * A link about the page being shown, such as "Edit this article", for a page cached with a
     * staff slot naming its subject ("article:42"); null when this module has none.
     */
    default @Nullable StaffLink forPage(String subject, Authentication person) {
        return null;
    }

    /** Offers a link about the page being shown; the bar puts it first. */
    static void offerForPage(HttpServletRequest request, StaffLink link) {
        request.setAttribute(PAGE_LINK, link);
    }

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
