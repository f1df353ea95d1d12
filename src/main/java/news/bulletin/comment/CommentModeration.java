package news.bulletin.comment;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import news.bulletin.account.People;
import news.bulletin.account.Person;
import news.bulletin.article.Article;
import news.bulletin.article.ArticleWorkflow;
import news.bulletin.article.Articles;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editors' side of comments: the queue, approving, marking spam, deleting, banning. */
@Service
public class CommentModeration {
    static final int PAGE_SIZE = 50;

    private final CommentRepository comments;
    private final Articles articles;
    private final ArticleWorkflow workflow;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModeration(
            CommentRepository comments,
            Articles articles,
            ArticleWorkflow workflow,
            People people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.articles = articles;
        this.workflow = workflow;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** Comments waiting for an editor: the count in the newsroom navigation. */
    public long waiting() {
        return comments.countWithStatus(CommentStatus.PENDING, null);
    }

    @Transactional(readOnly = true)
    public Paging<QueueItem> queue(CommentStatus status, @Nullable Long articleId, PageNumber page) {
        long total = comments.countWithStatus(status, articleId);
        List<CommentRow> rows = comments.withStatus(status, articleId, PAGE_SIZE, page.offset(PAGE_SIZE));
        Map<Long, String> names = people
                .findAll(rows.stream().map(CommentRow::authorId).distinct().toList())
                .stream()
                .collect(Collectors.toMap(Person::id, Person::name));
        Map<Long, Article> stories = rows.stream()
                .map(CommentRow::articleId)
                .distinct()
                .map(articles::findPublished)
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(Article::id, Function.identity()));
        List<QueueItem> items = rows.stream()
                .map(row -> new QueueItem(
                        row.id(),
                        row.authorId(),
                        row.articleId(),
                        names.getOrDefault(row.authorId(), Comments.FORMER_READER),
                        stories.containsKey(row.articleId())
                                ? stories.get(row.articleId()).headline()
                                : "(unpublished story)",
                        stories.containsKey(row.articleId())
                                ? stories.get(row.articleId()).path()
                                : "",
                        CommentText.paragraphs(row.bodyText()),
                        row.status(),
                        row.holdReason(),
                        row.createdAt()))
                .toList();
        return Paging.of(items, page, total, PAGE_SIZE);
    }

    /** Approves comments; each becomes visible, and its author is trusted from then on. */
    @Transactional
    public int approve(Collection<Long> ids) {
        List<Long> approved = comments.changeStatus(ids, CommentStatus.APPROVED, clock.instant());
        approved.forEach(id -> events.publishEvent(new CommentApproved(id)));
        announce(approved);
        return approved.size();
    }

    @Transactional
    public int markSpam(Collection<Long> ids) {
        List<Long> hidden = comments.changeStatus(ids, CommentStatus.SPAM, clock.instant());
        announce(hidden);
        return hidden.size();
    }

    @Transactional
    public int delete(Collection<Long> ids) {
        announce(ids);
        return comments.markDeleted(ids);
    }

    /** Tells the page cache which stories' comment areas changed. */
    private void announce(Collection<Long> commentIds) {
        List<String> keys = comments.articlesOf(commentIds).stream()
                .map(ContentKeys::comments)
                .toList();
        if (!keys.isEmpty()) {
            events.publishEvent(ContentChanged.of(keys));
        }
    }

    /** Closes or reopens a story's comments from the queue. */
    @Transactional
    public void setOpen(long articleId, boolean open) {
        Article article = articles.findPublished(articleId).orElseThrow(() -> new NotFoundException("no such story"));
        workflow.setCommentsEnabled(article.id(), open);
    }

    /** The published story the queue is filtered by, so its comments can be closed or reopened there. */
    public Optional<Article> story(long articleId) {
        return articles.findPublished(articleId);
    }

    /** Stops a reader from commenting; what they wrote stays as it is. */
    @Transactional
    public void ban(long personId) {
        if (people.findAll(List.of(personId)).isEmpty()) {
            throw new NotFoundException("no such reader");
        }
        comments.ban(personId, clock.instant());
    }
}
