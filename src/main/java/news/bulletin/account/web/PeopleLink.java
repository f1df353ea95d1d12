package news.bulletin.account.web;

import java.util.List;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** People in the staff bar, for administrators. */
@Component
@Order(80)
class PeopleLink implements StaffLinks {
    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "ADMIN")
                ? List.of(new StaffLink("People", "/newsroom/people", null))
                : List.of();
    }
}
