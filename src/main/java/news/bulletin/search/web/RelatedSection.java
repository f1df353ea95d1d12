package news.bulletin.search.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleCompanion;
import news.bulletin.article.ArticleSummary;
import news.bulletin.search.RelatedStories;
import news.bulletin.web.Dates;
import news.bulletin.web.PageKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Related stories" below each article, before the comments. */
@Component
@Order(10)
class RelatedSection implements ArticleCompanion {
    private final RelatedStories related;
    private final TemplateEngine templates;
    private final Dates dates;

    RelatedSection(RelatedStories related, TemplateEngine templates, Dates dates) {
        this.related = related;
        this.templates = templates;
        this.dates = dates;
    }

    @Override
    public @Nullable Content teaser(Article article, HttpServletRequest request) {
        return null;
    }

    @Override
    public Content block(Article article, HttpServletRequest request) {
        var stories = related.of(article);
        PageKeys.add(request, ArticleSummary.keys(stories));
        return output -> templates.render("search/related.jte", Map.of("stories", stories, "dates", dates), output);
    }
}
