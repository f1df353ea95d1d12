package news.bulletin.audit.web;

import java.util.List;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The audit log in the staff bar, for administrators. */
@Component
@Order(85)
class AuditLink implements StaffLinks {
    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "ADMIN")
                ? List.of(new StaffLink("Audit log", "/newsroom/audit", null))
                : List.of();
    }
}
