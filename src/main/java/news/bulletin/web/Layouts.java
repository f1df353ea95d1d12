package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import news.bulletin.shared.SiteProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the {@link Layout} around a page: with the navigation for pages, without it for error pages. */
@Component
class Layouts {
    private final SiteProperties site;
    private final Assets assets;
    private final Dates dates;
    private final ObjectProvider<Navigation> navigation;

    Layouts(SiteProperties site, Assets assets, Dates dates, ObjectProvider<Navigation> navigation) {
        this.site = site;
        this.assets = assets;
        this.dates = dates;
        this.navigation = navigation;
    }

    Layout forPage(HttpServletRequest request) {
        List<NavLink> sections =
                navigation.orderedStream().flatMap(n -> n.sections().stream()).toList();
        return build(request, sections);
    }

    /** Error pages must render even when the database is what failed, so they skip the navigation. */
    Layout forError(HttpServletRequest request) {
        return build(request, List.of());
    }

    private Layout build(HttpServletRequest request, List<NavLink> sections) {
        return new Layout(
                site.siteName(),
                site.tagline(),
                site.description(),
                sections,
                viewerName(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                assets,
                dates);
    }

    private static @Nullable String viewerName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DisplayNamed person) {
            return person.displayName();
        }
        return null;
    }
}
