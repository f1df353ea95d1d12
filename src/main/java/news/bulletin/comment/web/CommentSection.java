package news.bulletin.comment.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.bulletin.account.SignedInPerson;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleCompanion;
import news.bulletin.comment.Commenter;
import news.bulletin.comment.Commenting;
import news.bulletin.comment.Comments;
import news.bulletin.shared.PageNumber;
import news.bulletin.web.Dates;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/** Puts the comment count at the top of each story and the comment area below it. */
@Component
@Order(50)
class CommentSection implements ArticleCompanion {
    private final Comments comments;
    private final Commenting commenting;
    private final TemplateEngine templates;
    private final Dates dates;

    CommentSection(Comments comments, Commenting commenting, TemplateEngine templates, Dates dates) {
        this.comments = comments;
        this.commenting = commenting;
        this.templates = templates;
        this.dates = dates;
    }

    @Override
    public Content teaser(Article article, HttpServletRequest request) {
        var teaser = new CommentTeaser(comments.count(article.id()), commenting.isOpen(article));
        return output -> templates.render("comment/teaser.jte", Map.of("teaser", teaser), output);
    }

    @Override
    public Content block(Article article, HttpServletRequest request) {
        Commenter viewer = viewer();
        String page = request.getParameter("comments");
        var area = new CommentArea(
                article.id(),
                article.path(),
                commenting.isOpen(article),
                state(viewer),
                comments.thread(article, viewer, PageNumber.parseOrFirst(page)),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                dates);
        return output -> templates.render("comment/area.jte", Map.of("area", area), output);
    }

    private CommentArea.Viewer state(@Nullable Commenter viewer) {
        if (viewer == null) {
            return CommentArea.Viewer.ANONYMOUS;
        }
        if (!viewer.verified()) {
            return CommentArea.Viewer.UNVERIFIED;
        }
        return commenting.isBanned(viewer.personId()) ? CommentArea.Viewer.BANNED : CommentArea.Viewer.CAN_COMMENT;
    }

    static @Nullable Commenter viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? Commenter.of(person)
                : null;
    }
}
