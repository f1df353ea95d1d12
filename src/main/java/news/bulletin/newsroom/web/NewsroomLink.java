package news.bulletin.newsroom.web;

import java.util.List;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The dashboard first in the staff bar, for everyone on the staff. */
@Component
@Order(10)
class NewsroomLink implements StaffLinks {
    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN")
                ? List.of(new StaffLink("Newsroom", "/newsroom", null))
                : List.of();
    }
}
