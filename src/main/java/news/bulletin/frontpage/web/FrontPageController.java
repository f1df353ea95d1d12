package news.bulletin.frontpage.web;

import news.bulletin.frontpage.FrontPageEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page at {@code /}. */
@Controller
class FrontPageController {
    private final FrontPageEditor editor;

    FrontPageController(FrontPageEditor editor) {
        this.editor = editor;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("page", editor.frontPage());
        return "frontpage/home";
    }
}
