package news.bulletin.frontpage.web;

import jakarta.servlet.http.HttpServletRequest;
import news.bulletin.frontpage.FrontPage;
import news.bulletin.frontpage.FrontPageEditor;
import news.bulletin.popularity.MostPopular;
import news.bulletin.popularity.PopularList;
import news.bulletin.shared.ContentKeys;
import news.bulletin.web.PageKeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page at {@code /}. */
@Controller
class FrontPageController {
    private final FrontPageEditor editor;
    private final MostPopular popular;

    FrontPageController(FrontPageEditor editor, MostPopular popular) {
        this.popular = popular;
        this.editor = editor;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        FrontPage page = editor.frontPage();
        PopularList list = popular.sidebar();
        PageKeys.add(request, ContentKeys.LATEST, ContentKeys.POPULAR);
        page.stories().forEach(story -> PageKeys.add(request, story.keys()));
        PageKeys.add(request, list.keys());
        page.sections()
                .forEach(block -> PageKeys.add(
                        request, ContentKeys.section(block.section().id())));
        model.addAttribute("page", page);
        model.addAttribute("popular", list);
        return "frontpage/home";
    }
}
