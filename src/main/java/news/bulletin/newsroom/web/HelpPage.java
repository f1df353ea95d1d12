package news.bulletin.newsroom.web;

import java.util.List;
import news.bulletin.account.Role;
import news.bulletin.article.ArticleAction;
import news.bulletin.article.ArticlePermissions;

/** The roles and actions the permission table is shown for. */
public record HelpPage(List<Role> roles, List<ArticleAction> actions) {
    public String cell(Role role, ArticleAction action) {
        return switch (ArticlePermissions.reach(role, action)) {
            case NONE -> "—";
            case OWN_DRAFTS -> "own drafts";
            case OWN -> "own stories";
            case ANY -> "any story";
        };
    }

    public String label(ArticleAction action) {
        return switch (action) {
            case CREATE -> "Write a new story";
            case EDIT -> "Edit";
            case SUBMIT -> "Submit for review";
            case SEND_BACK -> "Send back to the writer";
            case PUBLISH -> "Publish";
            case SCHEDULE -> "Schedule";
            case UNPUBLISH -> "Unpublish";
            case DELETE -> "Delete (not while published)";
            case CORRECT -> "Corrections and “Updated”";
            case HISTORY -> "See the history";
            case RESTORE -> "Restore a revision";
        };
    }
}
