package news.bulletin.media.web;

import java.util.List;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The media library in the staff bar, for everyone on the staff. */
@Component
@Order(20)
class MediaLink implements StaffLinks {
    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN")
                ? List.of(new StaffLink("Media", "/newsroom/media", null))
                : List.of();
    }
}
