package news.bulletin.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import news.bulletin.shared.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Builds the {@link Layout} around a page: with the navigation for pages, without it for error pages. */
@Component
class Layouts {
    private final SiteSettings site;
    private final Assets assets;
    private final Dates dates;
    private final ObjectProvider<Navigation> navigation;
    private final ObjectProvider<StaffLinks> staffLinks;

    Layouts(
            SiteSettings site,
            Assets assets,
            Dates dates,
            ObjectProvider<Navigation> navigation,
            ObjectProvider<StaffLinks> staffLinks) {
        this.site = site;
        this.assets = assets;
        this.dates = dates;
        this.navigation = navigation;
        this.staffLinks = staffLinks;
    }

    Layout forPage(HttpServletRequest request) {
        List<NavLink> sections =
                navigation.orderedStream().flatMap(n -> n.sections().stream()).toList();
        Authentication person = SecurityContextHolder.getContext().getAuthentication();
        List<StaffLink> links = person == null || !(person.getPrincipal() instanceof DisplayNamed)
                ? List.of()
                : staffLinks
                        .orderedStream()
                        .flatMap(s -> s.linksFor(person).stream())
                        .toList();
        if (!links.isEmpty() && request.getAttribute(StaffLinks.PAGE_LINK) instanceof StaffLink pageLink) {
            links = java.util.stream.Stream.concat(java.util.stream.Stream.of(pageLink), links.stream())
                    .toList();
        }
        return build(request, sections, links);
    }

    /** Error pages must render even when the database is what failed, so they skip the navigation. */
    Layout forError(HttpServletRequest request) {
        return build(request, List.of(), List.of());
    }

    private Layout build(HttpServletRequest request, List<NavLink> sections, List<StaffLink> links) {
        return new Layout(
                site.siteName(),
                site.tagline(),
                site.description(),
                sections,
                viewerName(),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                assets,
                dates,
                links,
                site.logo(),
                site.baseUrl());
    }

    private static @Nullable String viewerName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DisplayNamed person) {
            return person.displayName();
        }
        return null;
    }
}
