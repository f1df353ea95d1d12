package news.bulletin.article.web;

import java.util.List;
import news.bulletin.article.Sections;
import news.bulletin.web.NavLink;
import news.bulletin.web.Navigation;
import org.springframework.stereotype.Component;

/** Puts the sections, in the newsroom's order, into the site header and footer. */
@Component
class SectionNavigation implements Navigation {
    private final Sections sections;

    SectionNavigation(Sections sections) {
        this.sections = sections;
    }

    @Override
    public List<NavLink> sections() {
        return sections.all().stream()
                .map(s -> new NavLink(s.name(), s.path(), s.accent()))
                .toList();
    }
}
