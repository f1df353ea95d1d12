package news.bulletin.article.web;

import java.util.List;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Tags in the staff bar, for editors and administrators. */
@Component
@Order(31)
class TagsLink implements StaffLinks {
    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "EDITOR", "ADMIN")
                ? List.of(new StaffLink("Tags", "/newsroom/tags", null))
                : List.of();
    }
}
