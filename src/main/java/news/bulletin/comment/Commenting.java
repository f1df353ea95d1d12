package news.bulletin.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import news.bulletin.article.Article;
import news.bulletin.article.Articles;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.SiteSettings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting, editing and deleting comments, with the rules that refuse a comment (too long, too fast,
 * a duplicate, a closed thread) or hold it for an editor (a first comment, many links, blocked words).
 */
@Service
public class Commenting {
    static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    private static final Duration RATE_WINDOW = Duration.ofMinutes(10);

    private final CommentRepository comments;
    private final Articles articles;
    private final CommentProperties policy;
    private final SiteSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Commenting(
            CommentRepository comments,
            Articles articles,
            CommentProperties policy,
            SiteSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.articles = articles;
        this.policy = policy;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** The published article a comment would go under; unknown and unpublished ones are not found. */
    public Article article(long articleId) {
        return articles.findPublished(articleId).orElseThrow(() -> new NotFoundException("no such article"));
    }

    public boolean isOpen(Article article) {
        return article.commentsEnabled()
                && (closeAfterDays() <= 0
                        || clock.instant().isBefore(article.publishedAt().plus(Duration.ofDays(closeAfterDays()))));
    }

    public boolean isBanned(long personId) {
        return comments.isBanned(personId);
    }

    /**
     * Whether a reader is banned, and whether they have comments on a story in any state, as this
     * node knew it at most two seconds ago (changes made here apply at once).
     */
    public record Standing(boolean banned, boolean commentedHere) {}

    public Standing standing(long personId, long articleId) {
        return comments.standing(personId, articleId);
    }

    @Transactional
    public PostOutcome post(Commenter author, long articleId, @Nullable Long replyTo, String body) {
        Article article = article(articleId);
        String text = CommentText.normalize(body);
        String refusal = refusal(author, article, text);
        if (refusal != null) {
            return new PostOutcome.Refused(refusal);
        }
        CommentRow parent = replyTo == null ? null : replyableParent(replyTo, articleId);
        String hold = holdReason(author, text);
        CommentStatus status = hold == null ? CommentStatus.APPROVED : CommentStatus.PENDING;
        long id = comments.insert(
                new NewComment(
                        articleId,
                        author.personId(),
                        parent == null ? null : parent.id(),
                        parent == null ? null : parent.threadId(),
                        parent == null ? 0 : Math.min(parent.depth() + 1, 2),
                        text,
                        status,
                        hold),
                clock.instant());
        if (status == CommentStatus.APPROVED) {
            events.publishEvent(new CommentApproved(id));
            events.publishEvent(ContentChanged.of(ContentKeys.comments(articleId)));
        }
        return new PostOutcome.Posted(id, hold != null);
    }

    /** Whether this person may still change the comment: their own, not deleted, within 15 minutes. */
    boolean canEdit(Commenter person, CommentRow comment) {
        return comment.authorId() == person.personId()
                && !comment.deleted()
                && clock.instant().isBefore(comment.createdAt().plus(EDIT_WINDOW));
    }

    @Transactional
    public PostOutcome edit(Commenter author, long commentId, String body) {
        CommentRow comment = comments.findById(commentId).orElseThrow(() -> new NotFoundException("no such comment"));
        if (!canEdit(author, comment)) {
            return new PostOutcome.Refused(
                    "Comments can be changed for 15 minutes after posting; this one no longer can.");
        }
        String text = CommentText.normalize(body);
        String problem = lengthProblem(text);
        if (problem != null) {
            return new PostOutcome.Refused(problem);
        }
        String hold =
                comment.status() == CommentStatus.PENDING ? comment.holdReason() : contentHoldReason(author, text);
        CommentStatus status = hold == null ? comment.status() : CommentStatus.PENDING;
        comments.updateText(commentId, text, status, hold, clock.instant());
        if (comment.status() == CommentStatus.APPROVED) {
            events.publishEvent(ContentChanged.of(ContentKeys.comments(comment.articleId())));
        }
        return new PostOutcome.Posted(commentId, status == CommentStatus.PENDING);
    }

    /** Deletes the author's own comment; replies to it stay, under "comment deleted". */
    @Transactional
    public void delete(Commenter author, long commentId) {
        CommentRow comment = comments.findById(commentId).orElseThrow(() -> new NotFoundException("no such comment"));
        if (comment.authorId() != author.personId()) {
            throw new NotFoundException("not the author's comment");
        }
        comments.markDeleted(List.of(commentId));
        events.publishEvent(ContentChanged.of(ContentKeys.comments(comment.articleId())));
    }

    /** The comment to edit, if this person may. */
    public EditableComment editable(Commenter author, long commentId) {
        return comments.findById(commentId)
                .filter(comment -> canEdit(author, comment))
                .map(comment -> new EditableComment(comment.id(), comment.articleId(), comment.bodyText()))
                .orElseThrow(() -> new NotFoundException("no editable comment"));
    }

    private @Nullable String refusal(Commenter author, Article article, String text) {
        if (!isOpen(article)) {
            return "Comments are closed on this story.";
        }
        if (!author.verified()) {
            return "Confirm your email address before commenting: open the link we mailed you.";
        }
        if (comments.isBanned(author.personId())) {
            return "You can no longer comment on this site.";
        }
        String problem = lengthProblem(text);
        if (problem != null) {
            return problem;
        }
        Instant since = clock.instant().minus(RATE_WINDOW);
        if (!author.moderates() && comments.countSince(author.personId(), since) >= policy.perTenMinutes()) {
            return "You have posted " + policy.perTenMinutes()
                    + " comments in the last ten minutes. Please wait a few minutes before posting again.";
        }
        if (comments.hasSame(author.personId(), article.id(), text)) {
            return "You have already posted this comment here.";
        }
        return null;
    }

    private static @Nullable String lengthProblem(String text) {
        if (text.isEmpty()) {
            return "Write your comment first.";
        }
        int length = text.codePointCount(0, text.length());
        if (length > CommentText.MAX_LENGTH) {
            return "Keep comments to 5,000 characters; this one has " + String.format(Locale.UK, "%,d", length) + ".";
        }
        return null;
    }

    private @Nullable String holdReason(Commenter author, String text) {
        if (author.moderates()) {
            return null;
        }
        if (!comments.hasApproved(author.personId())) {
            return "first comment";
        }
        return contentHoldReason(author, text);
    }

    private @Nullable String contentHoldReason(Commenter author, String text) {
        if (author.moderates()) {
            return null;
        }
        if (CommentText.linkCount(text) > linksBeforeHold()) {
            return "more than " + linksBeforeHold() + " links";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return blockedWords().stream()
                .filter(word -> !word.isBlank() && lower.contains(word.toLowerCase(Locale.ROOT)))
                .findFirst()
                .map(word -> "blocked word")
                .orElse(null);
    }

    private CommentRow replyableParent(long parentId, long articleId) {
        return comments.findById(parentId)
                .filter(parent -> parent.articleId() == articleId && parent.isVisibleToAll())
                .orElseThrow(() -> new NotFoundException("no such comment to reply to"));
    }

    /** The comment policy: what administrators set in the newsroom, else the configured default. */
    private int closeAfterDays() {
        return settings.number(SiteSettings.COMMENTS_CLOSE_AFTER_DAYS, policy.closeAfterDays());
    }

    private int linksBeforeHold() {
        return settings.number(SiteSettings.COMMENT_LINKS_BEFORE_HOLD, policy.linksBeforeHold());
    }

    private List<String> blockedWords() {
        return settings.lines(SiteSettings.COMMENT_BLOCKED_WORDS, policy.blockedWords());
    }
}
