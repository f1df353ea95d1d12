package news.bulletin.article.web;

import java.util.List;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Stories and "New story" in the staff bar, for everyone on the staff. */
@Component
@Order(15)
class StoriesLink implements StaffLinks {
    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN")
                ? List.of(
                        new StaffLink("Stories", "/newsroom/articles", null),
                        new StaffLink("New story", "/newsroom/articles/new", null))
                : List.of();
    }
}
