package news.bulletin.article;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import news.bulletin.audit.AuditLog;
import news.bulletin.audit.Auditor;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import news.bulletin.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' work on tags: create, rename and merge. Old tag addresses keep answering with a
 * redirect to the tag that now stands for them.
 */
@Service
public class Tagging {
    static final int PAGE_SIZE = 50;

    private final TagRepository tags;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Tagging(TagRepository tags, AuditLog audit, Clock clock, ApplicationEventPublisher events) {
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Paging<TagUse> list(PageNumber page) {
        return Paging.of(tags.uses(PAGE_SIZE, page.offset(PAGE_SIZE)), page, tags.count(), PAGE_SIZE);
    }

    /** Creates a tag from its name; the slug is made from the name. */
    @Transactional
    public TaxonomyEdit create(Auditor actor, String name) {
        String slug = Slugs.of(name);
        if (name.isBlank() || name.trim().length() > 60 || slug.isEmpty()) {
            return new TaxonomyEdit(
                    Map.of("name", "Give the tag a name of 1 to 60 characters, with letters or digits."));
        }
        if (tags.findBySlug(slug).isPresent()) {
            return new TaxonomyEdit(Map.of("name", "A tag with this name exists already."));
        }
        tags.insertIfAbsent(name.trim(), slug);
        tags.forgetOldSlug(slug);
        long id = tags.findBySlug(slug).orElseThrow().id();
        audit.record(actor, "tag.created", "tag:" + id, "", name.trim());
        return TaxonomyEdit.DONE;
    }

    /** Renames a tag; its old slug redirects to the new one. */
    @Transactional
    public TaxonomyEdit rename(Auditor actor, long id, String name) {
        Tag before = tags.findById(id).orElseThrow(() -> new NotFoundException("no such tag"));
        String slug = Slugs.of(name);
        if (name.isBlank() || name.trim().length() > 60 || slug.isEmpty()) {
            return new TaxonomyEdit(
                    Map.of("name", "Give the tag a name of 1 to 60 characters, with letters or digits."));
        }
        if (tags.slugTaken(slug, id)) {
            return new TaxonomyEdit(Map.of("name", "Another tag has this name; merge the two instead."));
        }
        tags.rename(id, name.trim(), slug);
        if (!before.slug().equals(slug)) {
            tags.forgetOldSlug(slug);
            tags.rememberOldSlug(before.slug(), id, clock.instant());
        }
        audit.record(actor, "tag.renamed", "tag:" + id, before.name(), name.trim());
        events.publishEvent(ContentChanged.of(ContentKeys.tag(id), ContentKeys.STORIES));
        return TaxonomyEdit.DONE;
    }

    /** Moves every story of one tag to another and removes the first; its address redirects. */
    @Transactional
    public void merge(Auditor actor, long fromId, long intoId) {
        Tag from = tags.findById(fromId).orElseThrow(() -> new NotFoundException("no such tag"));
        Tag into = tags.findById(intoId).orElseThrow(() -> new NotFoundException("no such tag"));
        if (from.id() == into.id()) {
            return;
        }
        tags.moveStories(from.id(), into.id());
        tags.redirectOldSlugs(from.id(), into.id());
        tags.delete(from.id());
        tags.rememberOldSlug(from.slug(), into.id(), clock.instant());
        audit.record(actor, "tag.merged", "tag:" + into.id(), from.name(), into.name());
        audit.record(actor, "tag.merged", "tag:" + from.id(), from.name(), into.name());
        events.publishEvent(
                ContentChanged.of(ContentKeys.tag(from.id()), ContentKeys.tag(into.id()), ContentKeys.STORIES));
    }

    /** The tag an old address stands for now. */
    public Optional<Tag> findByOldSlug(String slug) {
        return tags.findByOldSlug(slug);
    }
}
