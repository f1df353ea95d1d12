package news.bulletin.popularity.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleCompanion;
import news.bulletin.popularity.MostPopular;
import news.bulletin.web.PageKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Most Popular" in the article page's sidebar. */
@Component
@Order(20)
class PopularSection implements ArticleCompanion {
    private final MostPopular popular;
    private final TemplateEngine templates;

    PopularSection(MostPopular popular, TemplateEngine templates) {
        this.popular = popular;
        this.templates = templates;
    }

    @Override
    public @Nullable Content sidebar(Article article, HttpServletRequest request) {
        var list = popular.sidebar();
        PageKeys.add(request, list.keys());
        return output -> templates.render("popularity/list.jte", Map.of("list", list), output);
    }
}
