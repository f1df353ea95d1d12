package news.bulletin.newsroom.web;

import news.bulletin.account.Role;
import news.bulletin.account.SignedInPerson;
import news.bulletin.article.Desk;
import news.bulletin.comment.CommentModeration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard at {@code /newsroom}: where staff see what is in progress and what needs them. */
@Controller
class DashboardController {
    private static final int LIST_LENGTH = 10;

    private final Desk desk;
    private final CommentModeration moderation;

    DashboardController(Desk desk, CommentModeration moderation) {
        this.desk = desk;
        this.moderation = moderation;
    }

    @GetMapping("/newsroom")
    String dashboard(@AuthenticationPrincipal SignedInPerson person, Model model) {
        model.addAttribute(
                "page",
                new DashboardPage(
                        person.displayName(),
                        desk.draftsBy(person.personId(), LIST_LENGTH),
                        desk.inReview(LIST_LENGTH),
                        desk.scheduled(LIST_LENGTH),
                        desk.recentlyPublished(LIST_LENGTH),
                        person.role().includes(Role.EDITOR) ? moderation.waiting() : null));
        return "newsroom/dashboard";
    }
}
