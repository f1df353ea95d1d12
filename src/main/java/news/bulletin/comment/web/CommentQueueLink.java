package news.bulletin.comment.web;

import java.util.List;
import news.bulletin.comment.CommentModeration;
import news.bulletin.web.StaffLink;
import news.bulletin.web.StaffLinks;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The moderation queue in the staff bar with the number of comments waiting, for editors. */
@Component
@Order(20)
class CommentQueueLink implements StaffLinks {
    private final CommentModeration moderation;

    CommentQueueLink(CommentModeration moderation) {
        this.moderation = moderation;
    }

    @Override
    public List<StaffLink> linksFor(Authentication person) {
        return StaffLinks.hasRole(person, "EDITOR", "ADMIN")
                ? List.of(new StaffLink("Comments", "/newsroom/comments", moderation.waiting()))
                : List.of();
    }
}
