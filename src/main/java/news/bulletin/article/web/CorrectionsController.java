package news.bulletin.article.web;

import news.bulletin.account.SignedInPerson;
import news.bulletin.article.Article;
import news.bulletin.article.Articles;
import news.bulletin.article.Corrections;
import news.bulletin.article.Staffer;
import news.bulletin.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editors publish corrections to a story at {@code /newsroom/articles/{id}/corrections}. */
@Controller
class CorrectionsController {
    private final Articles articles;
    private final Corrections corrections;

    CorrectionsController(Articles articles, Corrections corrections) {
        this.articles = articles;
        this.corrections = corrections;
    }

    @GetMapping("/newsroom/articles/{id}/corrections")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("page", new CorrectionsPage(story(id), "", null, false));
        return "article/corrections";
    }

    @PostMapping("/newsroom/articles/{id}/corrections")
    String publish(
            @AuthenticationPrincipal SignedInPerson editor,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String text,
            @RequestParam(defaultValue = "false") boolean significantUpdate,
            Model model) {
        Article story = story(id);
        String problem = corrections.publish(Staffer.of(editor), id, text, significantUpdate);
        if (problem != null) {
            model.addAttribute("page", new CorrectionsPage(story, text, problem, significantUpdate));
            return "article/corrections";
        }
        return "redirect:" + story.path() + "#corrections";
    }

    private Article story(long id) {
        return articles.findPublished(id).orElseThrow(() -> new NotFoundException("no such story"));
    }
}
