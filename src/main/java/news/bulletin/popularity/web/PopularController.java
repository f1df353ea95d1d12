package news.bulletin.popularity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import news.bulletin.popularity.MostPopular;
import news.bulletin.web.PageKeys;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The twenty most read stories of today or of this week, at {@code /popular}. */
@Controller
class PopularController {
    private final MostPopular popular;

    PopularController(MostPopular popular) {
        this.popular = popular;
    }

    @GetMapping("/popular")
    String popular(@RequestParam(defaultValue = "today") String period, HttpServletRequest request, Model model) {
        boolean week = "week".equals(period);
        var list = popular.top(MostPopular.PAGE, week ? Duration.ofDays(7) : Duration.ofHours(24));
        PageKeys.add(request, list.keys());
        model.addAttribute("page", new PopularPage(list, week));
        return "popularity/popular";
    }
}
