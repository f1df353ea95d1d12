package news.bulletin.comment.web;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import news.bulletin.account.Role;
import news.bulletin.account.SignedInPerson;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleCompanion;
import news.bulletin.comment.Commenter;
import news.bulletin.comment.Commenting;
import news.bulletin.comment.Comments;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.SiteSettings;
import news.bulletin.web.Dates;
import news.bulletin.web.PageKeys;
import news.bulletin.web.PageSlot;
import news.bulletin.web.Slots;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts the comment count at the top of each story and the comment area below it. The area is a
 * personal slot of the cached page: anonymous readers get it from the cache, a signed-in reader
 * gets it rendered for them, with the form, their own comments waiting for moderation and their
 * edit and delete buttons. Readers with no comments on the story see it alike, so theirs is
 * shared, one render per cached page for each of the states below.
 */
@Component
@Order(50)
class CommentSection implements ArticleCompanion, PageSlot {
    /** The id of no person: a shared area is rendered as if read by them. */
    private static final long NO_ONE = -1;

    private static final String PAGE_AREA = CommentSection.class.getName() + ".pageArea";

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
        var teaser = new CommentTeaser(pageArea(article, request).thread().count(), commenting.isOpen(article));
        PageKeys.add(
                request,
                ContentKeys.comments(article.id()),
                ContentKeys.setting(SiteSettings.COMMENTS_CLOSE_AFTER_DAYS));
        return output -> templates.render("comment/teaser.jte", Map.of("teaser", teaser), output);
    }

    @Override
    public Content block(Article article, HttpServletRequest request) {
        CommentArea area = pageArea(article, request);
        PageKeys.add(request, ContentKeys.comments(article.id()));
        area.thread().authorIds().forEach(id -> PageKeys.add(request, ContentKeys.person(id)));
        String slot = Slots.open(name(), article.id() + ":" + area.thread().page());
        return output -> {
            output.writeContent(slot);
            templates.render("comment/area.jte", Map.of("area", area), output);
            output.writeContent(Slots.close());
        };
    }

    /**
     * The comment area of the page being rendered, worked out once for its teaser and its block:
     * the teaser shows the area's count, so the page counts the story's comments once.
     */
    private CommentArea pageArea(Article article, HttpServletRequest request) {
        if (request.getAttribute(PAGE_AREA) instanceof CommentArea kept && kept.articleId() == article.id()) {
            return kept;
        }
        PageNumber page = PageNumber.parseOrFirst(request.getParameter("comments"));
        Commenter viewer = viewer();
        CommentArea area = area(article, page, viewer, state(viewer), request);
        request.setAttribute(PAGE_AREA, area);
        return area;
    }

    @Override
    public String name() {
        return "comments";
    }

    /** The area for the signed-in reader, in place of the cached page's anonymous one. */
    @Override
    public String render(String argument, HttpServletRequest request) {
        Commenter viewer = viewer();
        return render(argument, viewer, state(viewer), request);
    }

    /**
     * The area every reader of the group sees: rendered for a reader who has no comments anywhere
     * and is in the group's state, never for the reader asking, whose own waiting comments and
     * buttons must not be shared even when the group was worked out from an answer kept a moment.
     */
    @Override
    public String renderShared(String argument, String group, HttpServletRequest request) {
        CommentArea.Viewer state = CommentArea.Viewer.valueOf(group);
        var noOne = new Commenter(NO_ONE, state != CommentArea.Viewer.UNVERIFIED, Role.READER);
        return render(argument, noOne, state, request);
    }

    private String render(
            String argument, @Nullable Commenter viewer, CommentArea.Viewer state, HttpServletRequest request) {
        Article article = commenting.article(articleId(argument));
        PageNumber page = PageNumber.parseOrFirst(argument.substring(argument.indexOf(':') + 1));
        CommentArea area = area(article, page, viewer, state, request);
        var output = new StringOutput();
        templates.render("comment/area.jte", Map.of("area", area), output);
        return output.toString();
    }

    @Override
    public @Nullable String sharedBy(String argument, HttpServletRequest request) {
        Commenter viewer = viewer();
        if (viewer == null) {
            return null;
        }
        Commenting.Standing standing = commenting.standing(viewer.personId(), articleId(argument));
        if (standing.commentedHere()) {
            return null;
        }
        return state(viewer, standing.banned()).name();
    }

    private CommentArea area(
            Article article,
            PageNumber page,
            @Nullable Commenter viewer,
            CommentArea.Viewer state,
            HttpServletRequest request) {
        return new CommentArea(
                article.id(),
                article.path(),
                commenting.isOpen(article),
                state,
                comments.thread(article, viewer, page),
                (CsrfToken) request.getAttribute(CsrfToken.class.getName()),
                dates);
    }

    /** The slot's argument is the story's id and the comment page, as {@link #block} writes it. */
    private static long articleId(String argument) {
        return Long.parseLong(argument.substring(0, argument.indexOf(':')));
    }

    private CommentArea.Viewer state(@Nullable Commenter viewer) {
        return state(viewer, viewer != null && commenting.isBanned(viewer.personId()));
    }

    private static CommentArea.Viewer state(@Nullable Commenter viewer, boolean banned) {
        if (viewer == null) {
            return CommentArea.Viewer.ANONYMOUS;
        }
        if (!viewer.verified()) {
            return CommentArea.Viewer.UNVERIFIED;
        }
        return banned ? CommentArea.Viewer.BANNED : CommentArea.Viewer.CAN_COMMENT;
    }

    static @Nullable Commenter viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? Commenter.of(person)
                : null;
    }
}
