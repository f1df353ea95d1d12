package news.bulletin.article.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleCompanion;
import news.bulletin.article.ArticleLookup;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.Articles;
import news.bulletin.article.Neighbours;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.SiteSettings;
import news.bulletin.shared.Slugs;
import news.bulletin.web.PageKeys;
import news.bulletin.web.StaffLinks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.view.RedirectView;

/** Shows a published article at {@code /yyyy/mm/dd/slug}, and redirects its old addresses. */
@Controller
class ArticleController {
    private static final int SIDEBAR_STORIES = 6;

    private final Articles articles;
    private final SiteSettings site;
    private final List<ArticleCompanion> companions;
    private final StructuredData structuredData;

    ArticleController(
            Articles articles, SiteSettings site, List<ArticleCompanion> companions, StructuredData structuredData) {
        this.structuredData = structuredData;
        this.articles = articles;
        this.site = site;
        this.companions = companions;
    }

    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}")
    Object article(
            @PathVariable int year,
            @PathVariable int month,
            @PathVariable int day,
            @PathVariable String slug,
            HttpServletRequest request,
            Model model) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("not a slug");
        }
        ArticleLookup lookup = articles.findPublished(date(year, month, day), slug);
        if (lookup instanceof ArticleLookup.Found found) {
            return show(found.article(), request, model);
        }
        if (lookup instanceof ArticleLookup.Moved moved) {
            return permanentRedirect(moved.path());
        }
        throw new NotFoundException("no published article " + slug);
    }

    private String show(Article article, HttpServletRequest request, Model model) {
        StaffLinks.describePage(request, "article:" + article.id());
        String url = site.absolute(article.path());
        Neighbours neighbours = articles.neighbours(article);
        List<ArticleSummary> latest = articles.latest(SIDEBAR_STORIES + 1).stream()
                .filter(story -> story.id() != article.id())
                .limit(SIDEBAR_STORIES)
                .toList();
        PageKeys.add(request, article.keys());
        PageKeys.add(request, ContentKeys.LATEST);
        PageKeys.add(request, ArticleSummary.keys(latest));
        Stream.of(neighbours.previous(), neighbours.next())
                .filter(Objects::nonNull)
                .forEach(story -> PageKeys.add(request, story.keys()));
        model.addAttribute(
                "page",
                new ArticlePage(
                        article,
                        url,
                        neighbours,
                        latest,
                        ShareLink.forArticle(url, article.headline()),
                        companions.stream()
                                .map(companion -> companion.teaser(article, request))
                                .filter(Objects::nonNull)
                                .toList(),
                        companions.stream()
                                .map(companion -> companion.block(article, request))
                                .filter(Objects::nonNull)
                                .toList(),
                        companions.stream()
                                .map(companion -> companion.sidebar(article, request))
                                .filter(Objects::nonNull)
                                .toList(),
                        structuredData.of(article, url),
                        article.hero() == null
                                ? null
                                : site.absolute(article.hero().url()),
                        article.bylines().stream()
                                .map(byline -> site.absolute("/author/" + byline.slug()))
                                .toList()));
        return "article/article";
    }

    private static RedirectView permanentRedirect(String path) {
        RedirectView redirect = new RedirectView(path);
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new NotFoundException("no such date");
        }
    }
}
