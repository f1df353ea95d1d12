package news.bulletin.comment;

import news.bulletin.account.Account;
import news.bulletin.account.AccountSettings;
import news.bulletin.article.Articles;
import news.bulletin.mail.Mail;
import news.bulletin.mail.Mailer;
import news.bulletin.shared.SiteSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails the author of a comment when a reply to it becomes visible, unless they opted out or
 * replied to themselves; the mail goes once the approving transaction commits.
 */
@Component
class ReplyNotifier {
    private final CommentRepository comments;
    private final AccountSettings accounts;
    private final Articles articles;
    private final Mailer mailer;
    private final SiteSettings site;

    ReplyNotifier(
            CommentRepository comments, AccountSettings accounts, Articles articles, Mailer mailer, SiteSettings site) {
        this.comments = comments;
        this.accounts = accounts;
        this.articles = articles;
        this.mailer = mailer;
        this.site = site;
    }

    /**
     * In the approving transaction, just before it commits, on its connection: the mail goes once it
     * has committed. A transaction of its own after the commit would hold a second connection while
     * the first is still bound, and readers commenting at once could use up the pool that way.
     */
    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    public void onApproved(CommentApproved approved) {
        comments.findById(approved.commentId())
                .filter(reply -> reply.parentId() != null)
                .ifPresent(reply -> comments.findById(reply.parentId())
                        .filter(parent -> parent.authorId() != reply.authorId())
                        .flatMap(parent -> accounts.find(parent.authorId()))
                        .filter(account -> account.notifyReplies() && account.enabled() && account.verified())
                        .ifPresent(account -> notify(account, reply)));
    }

    private void notify(Account account, CommentRow reply) {
        articles.findPublished(reply.articleId())
                .ifPresent(article -> mailer.send(new Mail(
                        account.email(),
                        "New reply to your comment on " + site.siteName(),
                        "Someone replied to your comment on \"" + article.headline() + "\":\n\n"
                                + site.absolute(article.path() + "#comment-" + reply.id())
                                + "\n\nTo stop these mails, open "
                                + site.absolute("/account/replies/stop?key=" + accounts.replyMailKey(account.id()))
                                + "\nor untick the box on your account page: " + site.absolute("/account"))));
    }
}
