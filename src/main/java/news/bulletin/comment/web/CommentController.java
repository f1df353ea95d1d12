package news.bulletin.comment.web;

import news.bulletin.account.SignedInPerson;
import news.bulletin.article.Article;
import news.bulletin.comment.Commenter;
import news.bulletin.comment.Commenting;
import news.bulletin.comment.EditableComment;
import news.bulletin.comment.PostOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Posting, replying to, changing and deleting comments. */
@Controller
class CommentController {
    private final Commenting commenting;

    CommentController(Commenting commenting) {
        this.commenting = commenting;
    }

    @GetMapping("/comments/new")
    String replyForm(@RequestParam long article, @RequestParam(required = false) @Nullable Long parent, Model model) {
        Article story = commenting.article(article);
        return form(model, parent == null ? "Leave a Reply" : "Reply", story, "/comments", parent, "", null);
    }

    @PostMapping("/comments")
    String post(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam long articleId,
            @RequestParam(required = false) @Nullable Long parentId,
            @RequestParam(defaultValue = "") String body,
            Model model) {
        PostOutcome outcome = commenting.post(Commenter.of(person), articleId, parentId, body);
        Article story = commenting.article(articleId);
        if (outcome instanceof PostOutcome.Posted posted) {
            return "redirect:" + story.path() + "#comment-" + posted.id();
        }
        String message = ((PostOutcome.Refused) outcome).message();
        return form(model, parentId == null ? "Leave a Reply" : "Reply", story, "/comments", parentId, body, message);
    }

    @GetMapping("/comments/{id}/edit")
    String editForm(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, Model model) {
        EditableComment comment = commenting.editable(Commenter.of(person), id);
        Article story = commenting.article(comment.articleId());
        return form(model, "Change your comment", story, "/comments/" + id + "/edit", null, comment.text(), null);
    }

    @PostMapping("/comments/{id}/edit")
    String edit(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String body,
            Model model) {
        EditableComment comment = commenting.editable(Commenter.of(person), id);
        Article story = commenting.article(comment.articleId());
        PostOutcome outcome = commenting.edit(Commenter.of(person), id, body);
        if (outcome instanceof PostOutcome.Refused refused) {
            return form(
                    model, "Change your comment", story, "/comments/" + id + "/edit", null, body, refused.message());
        }
        return "redirect:" + story.path() + "#comment-" + id;
    }

    @PostMapping("/comments/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id, @RequestParam long articleId) {
        commenting.delete(Commenter.of(person), id);
        return "redirect:" + commenting.article(articleId).path() + "#comments";
    }

    private static String form(
            Model model,
            String heading,
            Article story,
            String action,
            @Nullable Long parentId,
            String text,
            @Nullable String error) {
        model.addAttribute(
                "page",
                new CommentFormPage(
                        heading, story.headline(), story.path(), story.id(), action, parentId, text, error));
        return "comment/form";
    }
}
