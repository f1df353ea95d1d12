package news.bulletin.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import news.bulletin.account.People;
import news.bulletin.account.Person;
import news.bulletin.article.Article;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an article's comments for one reader: a page of top-level comments with their whole
 * threads, in a fixed number of queries however long the discussion.
 */
@Service
@Transactional(readOnly = true)
public class Comments {
    static final int THREADS_PER_PAGE = 50;
    static final String FORMER_READER = "a former reader";

    private final CommentRepository comments;
    private final People people;
    private final Commenting commenting;
    private final Clock clock;

    Comments(CommentRepository comments, People people, Commenting commenting, Clock clock) {
        this.comments = comments;
        this.people = people;
        this.commenting = commenting;
        this.clock = clock;
    }

    public CommentThread thread(Article article, @Nullable Commenter viewer, PageNumber page) {
        long viewerId = viewer == null ? -1 : viewer.personId();
        long topLevel = comments.countTopLevel(article.id(), viewerId);
        int pages = (int) Math.max(1, (topLevel + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE);
        if (page.value() > pages) {
            throw new NotFoundException("no such page of comments");
        }
        if (topLevel == 0) {
            // No comment starts a thread here, approved or the reader's own: none is shown, and a
            // shown reply needs an approved first comment. Most stories have no comments at all.
            return new CommentThread(List.of(), 0, page.value(), pages, Set.of());
        }
        List<CommentRow> roots =
                comments.topLevel(article.id(), viewerId, THREADS_PER_PAGE, page.offset(THREADS_PER_PAGE));
        List<CommentRow> replies = comments.replies(
                article.id(), roots.stream().map(CommentRow::id).toList(), viewerId);
        Map<Long, String> names = names(roots, replies);
        boolean open = commenting.isOpen(article);
        Map<Long, List<CommentRow>> children = new HashMap<>();
        Map<Long, CommentRow> byId = new HashMap<>();
        replies.forEach(reply -> byId.put(reply.id(), reply));
        replies.forEach(reply -> children.computeIfAbsent(displayParent(reply, byId), k -> new ArrayList<>())
                .add(reply));
        Instant now = clock.instant();
        List<CommentView> views = roots.stream()
                .map(root -> view(root, children, names, viewer, open, now))
                .filter(view -> view != null)
                .toList();
        return new CommentThread(
                views, comments.countShown(article.id()), page.value(), pages, Set.copyOf(names.keySet()));
    }

    /**
     * Threads show three levels: a reply to a third-level comment keeps its real parent (whose
     * author is told of it) but is shown beside that parent, under the same second-level comment.
     * A reply whose parent is hidden (waiting, or spam) is shown under the thread's first comment.
     */
    private static long displayParent(CommentRow reply, Map<Long, CommentRow> byId) {
        CommentRow shown = reply;
        CommentRow parent = byId.get(shown.parentId());
        while (parent != null && parent.depth() >= shown.depth()) {
            shown = parent;
            parent = byId.get(parent.parentId());
        }
        boolean parentShown = parent != null || shown.parentId().equals(shown.rootId());
        return parentShown ? shown.parentId() : shown.threadId();
    }

    private @Nullable CommentView view(
            CommentRow row,
            Map<Long, List<CommentRow>> children,
            Map<Long, String> names,
            @Nullable Commenter viewer,
            boolean open,
            Instant now) {
        List<CommentView> replies = children.getOrDefault(row.id(), List.of()).stream()
                .map(child -> view(child, children, names, viewer, open, now))
                .filter(view -> view != null)
                .toList();
        if (row.deleted() && replies.isEmpty()) {
            return null;
        }
        boolean mine = viewer != null && viewer.personId() == row.authorId();
        return new CommentView(
                row.id(),
                names.getOrDefault(row.authorId(), FORMER_READER),
                row.depth(),
                row.deleted() ? List.of() : CommentText.paragraphs(row.bodyText()),
                row.createdAt(),
                row.editedAt(),
                mine && row.status() == CommentStatus.PENDING,
                row.deleted(),
                viewer != null && commenting.canEdit(viewer, row),
                mine && !row.deleted(),
                open && viewer != null && row.depth() < 2 && row.isVisibleToAll(),
                replies);
    }

    private Map<Long, String> names(Collection<CommentRow> roots, Collection<CommentRow> replies) {
        List<Long> ids = Stream.concat(roots.stream(), replies.stream())
                .map(CommentRow::authorId)
                .distinct()
                .toList();
        Map<Long, String> names = new LinkedHashMap<>();
        people.findAll(ids).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()))
                .forEach((id, person) -> names.put(id, person.name().isEmpty() ? FORMER_READER : person.name()));
        return names;
    }
}
