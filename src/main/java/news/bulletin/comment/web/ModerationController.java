package news.bulletin.comment.web;

import java.util.List;
import news.bulletin.comment.CommentModeration;
import news.bulletin.comment.CommentStatus;
import news.bulletin.shared.BadRequestException;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editors' moderation queue at {@code /newsroom/comments}: filter, approve, spam, delete, ban. */
@Controller
class ModerationController {
    private final CommentModeration moderation;

    ModerationController(CommentModeration moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/newsroom/comments")
    String queue(
            @RequestParam(defaultValue = "PENDING") String status,
            @RequestParam(required = false) @Nullable Long article,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(defaultValue = "") String done,
            Model model) {
        CommentStatus shown = status(status);
        PageNumber number = PageNumber.parseOrFirst(page);
        String notice = done.matches("[a-z]+-\\d{1,4}") ? notice(done) : "";
        model.addAttribute(
                "page",
                new QueuePage(
                        moderation.queue(shown, article, number),
                        shown,
                        article,
                        article == null ? null : moderation.story(article).orElse(null),
                        notice));
        return "comment/queue";
    }

    @PostMapping("/newsroom/comments/moderate")
    String moderate(
            @RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
            @RequestParam String action,
            @RequestParam(defaultValue = "PENDING") String status) {
        List<Long> chosen = ids == null ? List.of() : ids;
        int changed = switch (action) {
            case "approve" -> moderation.approve(chosen);
            case "spam" -> moderation.markSpam(chosen);
            case "delete" -> moderation.delete(chosen);
            default -> throw new BadRequestException("unknown action");
        };
        return "redirect:/newsroom/comments?status=" + status(status).name() + "&done=" + action + "-" + changed;
    }

    @PostMapping("/newsroom/comments/open")
    String setOpen(@RequestParam long article, @RequestParam(defaultValue = "false") boolean open) {
        moderation.setOpen(article, open);
        return "redirect:/newsroom/comments?article=" + article + "&done=" + (open ? "opened" : "closed") + "-1";
    }

    @PostMapping("/newsroom/comments/ban")
    String ban(@RequestParam long personId) {
        moderation.ban(personId);
        return "redirect:/newsroom/comments?done=banned-1";
    }

    private static CommentStatus status(String raw) {
        try {
            return CommentStatus.valueOf(raw);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown status");
        }
    }

    private static String notice(String done) {
        String[] parts = done.split("-");
        String count = parts[1] + (parts[1].equals("1") ? " comment" : " comments");
        return switch (parts[0]) {
            case "approve" -> count + " approved.";
            case "spam" -> count + " marked as spam.";
            case "delete" -> count + " deleted.";
            case "banned" -> "The reader can no longer comment.";
            case "opened" -> "Comments on this story are open.";
            case "closed" -> "Comments on this story are closed; what was said stays visible.";
            default -> "";
        };
    }
}
