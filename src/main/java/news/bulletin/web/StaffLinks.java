package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** Supplies links for the staff bar; each module offers the screens the signed-in person may open. */
public interface StaffLinks {
    /** The request attribute where a page names what it shows, such as "article:42". */
    String PAGE_SUBJECT = StaffLinks.class.getName() + ".pageSubject";

    List<StaffLink> linksFor(Authentication person);

    /**
     * A link about the page being shown, such as "Edit this article", for the subject the page
     * named ({@link #describePage}); null when this module has none.
     */
    default @Nullable StaffLink forPage(String subject, Authentication person) {
        return null;
    }

    /** Names what the page shows, so the bar can put a link about it first ({@link #forPage}). */
    static void describePage(HttpServletRequest request, String subject) {
        request.setAttribute(PAGE_SUBJECT, subject);
    }

    /** Whether the person's own role is one of the given ones. */
    static boolean hasRole(Authentication person, String... roles) {
        for (var authority : person.getAuthorities()) {
            String granted = authority.getAuthority();
            for (String role : roles) {
                if (granted != null
                        && granted.length() == role.length() + 5
                        && granted.startsWith("ROLE_")
                        && granted.endsWith(role)) {
                    return true;
                }
            }
        }
        return false;
    }
}
