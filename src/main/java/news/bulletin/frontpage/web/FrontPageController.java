package news.bulletin.frontpage.web;

import news.bulletin.frontpage.FrontPageEditor;
import news.bulletin.popularity.MostPopular;
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
    String home(Model model) {
        model.addAttribute("page", editor.frontPage());
        model.addAttribute("popular", popular.sidebar());
        return "frontpage/home";
    }
}
