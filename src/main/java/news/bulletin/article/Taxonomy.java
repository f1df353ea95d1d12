package news.bulletin.article;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import news.bulletin.audit.AuditLog;
import news.bulletin.audit.Auditor;
import news.bulletin.shared.ContentChanged;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.Slugs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes sections and tags; every change by staff goes into the audit log. */
@Service
public class Taxonomy {
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Taxonomy(
            SectionRepository sections,
            TagRepository tags,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.sections = sections;
        this.tags = tags;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /** Adds a section at the end of the navigation, if its name and slug are usable. */
    @Transactional
    public TaxonomyEdit addSection(Auditor actor, String name, String slug, String description) {
        TaxonomyEdit problems = check(name, slug, 0);
        if (!problems.done()) {
            return problems;
        }
        long id = sections.insert(name.trim(), slug, description.trim(), sections.nextNavOrder());
        sections.forgetOldSlug(slug);
        audit.record(actor, "section.added", "section:" + id, "", name.trim() + " (" + slug + ")");
        changed(id);
        return TaxonomyEdit.DONE;
    }

    /** Renames or redescribes a section; a changed slug keeps the old address answering with a 301. */
    @Transactional
    public TaxonomyEdit changeSection(Auditor actor, long id, String name, String slug, String description) {
        Section before = sections.findById(id).orElseThrow(() -> new NotFoundException("no such section"));
        TaxonomyEdit problems = check(name, slug, id);
        if (!problems.done()) {
            return problems;
        }
        sections.update(id, name.trim(), slug, description.trim());
        if (!before.slug().equals(slug)) {
            sections.forgetOldSlug(slug);
            sections.rememberOldSlug(before.slug(), id, clock.instant());
        }
        audit.record(
                actor,
                "section.changed",
                "section:" + id,
                before.name() + " (" + before.slug() + ")",
                name.trim() + " (" + slug + ")");
        changed(id);
        return TaxonomyEdit.DONE;
    }

    /** Moves a section one place earlier or later in the navigation. */
    @Transactional
    public void moveSection(Auditor actor, long id, boolean earlier) {
        List<Section> all = sections.all();
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == id) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("no such section");
        }
        int other = earlier ? index - 1 : index + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        for (int i = 0; i < all.size(); i++) {
            int position = i == index ? other : i == other ? index : i;
            sections.setNavOrder(all.get(i).id(), position + 1);
        }
        audit.record(actor, "section.moved", "section:" + id, String.valueOf(index + 1), String.valueOf(other + 1));
        changed(id);
    }

    /** Every page carries the section navigation, so a change to a section renders them all again. */
    private void changed(long sectionId) {
        events.publishEvent(
                ContentChanged.of(ContentKeys.SECTIONS, ContentKeys.section(sectionId), ContentKeys.STORIES));
    }

    /** The section that used to have this slug, for redirecting old addresses. */
    public Optional<Section> findByOldSlug(String slug) {
        return sections.findByOldSlug(slug);
    }

    private TaxonomyEdit check(String name, String slug, long id) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isBlank() || name.trim().length() > 60) {
            problems.put("name", "Give the section a name of 1 to 60 characters.");
        }
        if (!Slugs.isValid(slug)) {
            problems.put("slug", "Use lowercase letters, digits and single dashes, such as \"world-news\".");
        } else if (sections.slugTaken(slug, id)) {
            problems.put("slug", "Another section uses this slug already.");
        }
        return new TaxonomyEdit(Map.copyOf(problems));
    }

    @Transactional
    public Section addSection(String name, String slug, String description, int navOrder) {
        if (!Slugs.isValid(slug)) {
            throw new IllegalArgumentException("invalid section slug");
        }
        sections.insert(name, slug, description, navOrder);
        return sections.findBySlug(slug).orElseThrow();
    }

    /** The tag with this name's slug, created if it does not exist yet. */
    @Transactional
    public Tag tag(String name) {
        String slug = Slugs.of(name);
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a tag needs letters or digits");
        }
        var live = tags.findBySlug(slug);
        if (live.isPresent()) {
            return live.get();
        }
        // A renamed or merged tag's old name means the tag that stands for it now, not a new one.
        var renamed = tags.findByOldSlug(slug);
        if (renamed.isPresent()) {
            return renamed.get();
        }
        tags.insertIfAbsent(name.trim(), slug);
        return tags.findBySlug(slug).orElseThrow();
    }
}
