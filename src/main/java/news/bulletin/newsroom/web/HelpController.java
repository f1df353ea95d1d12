package news.bulletin.newsroom.web;

import java.util.List;
import news.bulletin.account.Role;
import news.bulletin.article.ArticleAction;
import news.bulletin.article.ArticlePermissions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The newsroom's help at {@code /newsroom/help}. Its table of who may do what is read from
 * {@link ArticlePermissions} itself, so the help cannot drift from the rules.
 */
@Controller
class HelpController {
    @GetMapping("/newsroom/help")
    String help(Model model) {
        model.addAttribute(
                "page",
                new HelpPage(
                        List.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR, Role.ADMIN),
                        List.of(ArticleAction.values())));
        return "newsroom/help";
    }
}
