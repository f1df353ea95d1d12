package news.bulletin.article;

import java.time.Clock;
import java.time.Instant;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commands that change articles: create a draft, publish, correct a slug, mark an update. */
@Service
public class ArticleWorkflow {
    private final ArticleRepository articles;
    private final BylineRepository bylines;
    private final TagRepository tags;
    private final Taxonomy taxonomy;
    private final MarkdownRenderer renderer;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ArticleWorkflow(
            ArticleRepository articles,
            BylineRepository bylines,
            TagRepository tags,
            Taxonomy taxonomy,
            MarkdownRenderer renderer,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.articles = articles;
        this.bylines = bylines;
        this.tags = tags;
        this.taxonomy = taxonomy;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** Saves a new draft; the body is rendered and sanitized here, once, not on every view. */
    @Transactional
    public long createDraft(ArticleDraft draft) {
        if (!Slugs.isValid(draft.slug())) {
            throw new IllegalArgumentException("invalid slug");
        }
        long id = articles.insert(draft, renderer.render(draft.bodyMarkdown()), clock.instant());
        for (int i = 0; i < draft.bylinePersonIds().size(); i++) {
            bylines.add(id, draft.bylinePersonIds().get(i), i);
        }
        draft.tagNames().stream().map(taxonomy::tag).map(Tag::id).distinct().forEach(tagId -> tags.link(id, tagId));
        return id;
    }

    /** Publishes an article; its first publication time, which dates its URL, is kept from then on. */
    @Transactional
    public void publish(long id, Instant firstPublishedAt) {
        articles.publish(id, firstPublishedAt, clock.instant());
        events.publishEvent(ArticleChanged.wentLive(id));
    }

    /**
     * Schedules an article for publication at a time; a time already past publishes it at once,
     * dated that time.
     */
    @Transactional
    public void schedule(long id, Instant at) {
        ArticleRow row = articles.findById(id).orElseThrow(() -> new NotFoundException("no such article"));
        if (row.status() == ArticleStatus.PUBLISHED) {
            throw new IllegalStateException("a published story is unpublished before it is scheduled again");
        }
        articles.schedule(id, at, clock.instant());
        if (!at.isAfter(clock.instant())) {
            articles.publishScheduled(id, clock.instant());
        }
        events.publishEvent(new ArticleChanged(id));
    }

    @Transactional
    public void unpublish(long id) {
        articles.setStatus(id, ArticleStatus.UNPUBLISHED, clock.instant());
        events.publishEvent(new ArticleChanged(id));
    }

    /** Opens or closes an article's comments; what was said stays visible either way. */
    @Transactional
    public void setCommentsEnabled(long id, boolean enabled) {
        articles.setCommentsEnabled(id, enabled, clock.instant());
        events.publishEvent(new ArticleChanged(id));
    }

    /** Records a significant update, which readers see as "Updated" with its time. */
    @Transactional
    public void markUpdated(long id, Instant at) {
        articles.markUpdated(id, at);
        events.publishEvent(new ArticleChanged(id));
    }

    /** Gives an article a new slug; its old address keeps answering with a permanent redirect. */
    @Transactional
    public void changeSlug(long id, String newSlug) {
        if (!Slugs.isValid(newSlug)) {
            throw new IllegalArgumentException("invalid slug");
        }
        ArticleRow row = articles.findById(id).orElseThrow();
        if (row.slug().equals(newSlug)) {
            return;
        }
        if (articles.slugTaken(newSlug)) {
            throw new IllegalArgumentException("slug already in use");
        }
        Instant now = clock.instant();
        articles.forgetOldSlug(newSlug);
        articles.changeSlug(id, newSlug, now);
        articles.rememberOldSlug(row.slug(), id, now);
        events.publishEvent(new ArticleChanged(id));
    }
}
