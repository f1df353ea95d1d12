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
    private volatile @Nullable List<StaffLinks> staffLinkSources;

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
        String subject = pageSubject(request);
        return build(request, sections, staffLinks(person, subject), subject);
    }

    /** What the page named itself, for the staff bar's link about it; empty for none. */
    static String pageSubject(HttpServletRequest request) {
        return request.getAttribute(StaffLinks.PAGE_SUBJECT) instanceof String subject ? subject : "";
    }

    /** The staff bar: a link about the page first, then each module's screens; empty for readers. */
    List<StaffLink> staffLinks(@Nullable Authentication person, String subject) {
        if (person == null
                || !(person.getPrincipal() instanceof DisplayNamed)
                // Every staff link is for contributors and up; readers, most of those signed in, skip
                // asking each module.
                || !StaffLinks.hasRole(person, "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN")) {
            return List.of();
        }
        List<StaffLinks> sources = staffLinkSources();
        List<StaffLink> links = new java.util.ArrayList<>();
        sources.forEach(source -> links.addAll(source.linksFor(person)));
        if (!links.isEmpty() && !subject.isEmpty()) {
            sources.stream()
                    .map(source -> source.forPage(subject, person))
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .ifPresent(link -> links.add(0, link));
        }
        return links;
    }

    /** The modules' staff links, in order; looked up once, as sorting them is not free per request. */
    private List<StaffLinks> staffLinkSources() {
        List<StaffLinks> sources = staffLinkSources;
        if (sources == null) {
            sources = staffLinks.orderedStream().toList();
            staffLinkSources = sources;
        }
        return sources;
    }

    /** Error pages must render even when the database is what failed, so they skip the navigation. */
    Layout forError(HttpServletRequest request) {
        return build(request, List.of(), List.of(), "");
    }

    private Layout build(HttpServletRequest request, List<NavLink> sections, List<StaffLink> links, String subject) {
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
                site.baseUrl(),
                subject);
    }

    static @Nullable String viewerName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof DisplayNamed person) {
            return person.displayName();
        }
        return null;
    }
}
