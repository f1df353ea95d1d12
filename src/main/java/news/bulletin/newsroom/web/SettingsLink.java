package news.bulletin.newsroom.web;

import java.util.List;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Site settings in the staff bar, for administrators. */
@Component
@Order(90)
class SettingsLink implements StaffLinks {
    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "ADMIN")
                ? List.of(new StaffLink("Settings", "/newsroom/settings", null))
                : List.of();
    }
}
