package news.bulletin.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * What every page shows around its own content: masthead, navigation, the reader's sign-in state.
 *
 * @param siteName the masthead
 * @param tagline the line under the masthead
 * @param about the footer's few words about the publication
 * @param sections the navigation, in the newsroom's order
 * @param viewerName the signed-in person's name, or null for an anonymous reader
 * @param csrf the form token; read only by pages with a form, so that anonymous pages start no session
 * @param assets asset URLs
 * @param dates how times are printed
 * @param staffLinks the staff bar's links, empty for readers
 * @param logo the masthead's image, or null to set the name in type
 * @param baseUrl the site's public address, without a trailing slash, for absolute links
 * @param pageSubject what the page shows ("article:42"), for the staff bar's link about it; empty for none
 */
public record Layout(
        String siteName,
        String tagline,
        String about,
        List<NavLink> sections,
        @Nullable String viewerName,
        @Nullable CsrfToken csrf,
        Assets assets,
        Dates dates,
        List<StaffLink> staffLinks,
        @Nullable String logo,
        String baseUrl,
        String pageSubject) {

    /** The absolute address of a site path. */
    public String absolute(String path) {
        return baseUrl + path;
    }

    public boolean signedIn() {
        return viewerName != null;
    }
}
