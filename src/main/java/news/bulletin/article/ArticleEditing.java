package news.bulletin.article;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import news.bulletin.account.People;
import news.bulletin.account.Person;
import news.bulletin.audit.AuditLog;
import news.bulletin.media.MediaLibrary;
import news.bulletin.shared.BadRequestException;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import news.bulletin.shared.SiteProperties;
import news.bulletin.shared.Slugs;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's commands on stories: write, save, submit, send back, publish, schedule,
 * unpublish, delete, restore. Every command checks {@link ArticlePermissions} for the person it
 * acts for, whatever screen called it, and refuses before changing anything.
 */
@Service
public class ArticleEditing {
    static final int MAX_HEADLINE = 200;
    static final int MAX_DEK = 400;
    static final int MAX_BODY = 200_000;
    static final int MAX_SEO_TITLE = 120;
    static final int MAX_SEO_DESCRIPTION = 300;
    static final int MAX_NOTE = 1000;
    static final int MAX_TAGS = 20;
    private static final int HISTORY_LENGTH = 500;
    private static final int PAGE_SIZE = 30;

    private final EditorRepository editor;
    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final Taxonomy taxonomy;
    private final People people;
    private final MediaLibrary media;
    private final MarkdownRenderer renderer;
    private final AuditLog audit;
    private final SiteProperties site;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ArticleEditing(
            EditorRepository editor,
            ArticleRepository articles,
            SectionRepository sections,
            Taxonomy taxonomy,
            People people,
            MediaLibrary media,
            MarkdownRenderer renderer,
            AuditLog audit,
            SiteProperties site,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.editor = editor;
        this.articles = articles;
        this.sections = sections;
        this.taxonomy = taxonomy;
        this.people = people;
        this.media = media;
        this.renderer = renderer;
        this.audit = audit;
        this.site = site;
        this.clock = clock;
    }

    /** An empty form for a new story, credited to its writer. */
    public ArticleForm blank(Staffer staffer) {
        ArticlePermissions.check(staffer, ArticleAction.CREATE, true, true);
        return ArticleForm.blank(staffer.personId());
    }

    /** A story to edit; refused unless the person may edit it or read its history. */
    @Transactional(readOnly = true)
    public EditableArticle open(Staffer staffer, long id) {
        EditableArticle story = find(id);
        if (!allows(staffer, ArticleAction.EDIT, story) && !allows(staffer, ArticleAction.HISTORY, story)) {
            ArticlePermissions.check(staffer, ArticleAction.EDIT, story.belongsTo(staffer.personId()), false);
        }
        return story;
    }

    /** The actions this person may take on this story now, for showing only the buttons that work. */
    public Set<ArticleAction> allowedActions(Staffer staffer, EditableArticle story) {
        Set<ArticleAction> allowed = EnumSet.noneOf(ArticleAction.class);
        for (ArticleAction action : ArticleAction.values()) {
            if (allows(staffer, action, story) && fitsState(action, story.status())) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    @Transactional
    public EditOutcome create(Staffer staffer, ArticleForm form, EditRequest request) {
        ArticlePermissions.check(staffer, ArticleAction.CREATE, true, true);
        checkStep(staffer, request, true, true, ArticleStatus.DRAFT);
        Map<String, String> problems = problems(form, null, request);
        if (!problems.isEmpty()) {
            return new EditOutcome.Invalid(problems);
        }
        ArticleForm complete = completed(form, staffer);
        Instant now = clock.instant();
        long id = editor.insert(complete, renderer.render(complete.bodyMarkdown()), staffer.personId(), now);
        editor.replaceCredits(id, complete.bylineIds(), tagIds(complete));
        audit.record(staffer.auditor(), "article.created", "article:" + id, "", complete.headline());
        editor.discardAutosave(staffer.personId(), draftKey(null));
        String done = takeStep(staffer, find(id), request, now);
        events.publishEvent(new ArticleChanged(id, done.equals("published")));
        return new EditOutcome.Saved(id, done);
    }

    @Transactional
    public EditOutcome save(Staffer staffer, long id, int version, ArticleForm form, EditRequest request) {
        EditableArticle story = find(id);
        if (!allows(staffer, ArticleAction.EDIT, story) && !allows(staffer, ArticleAction.HISTORY, story)) {
            check(staffer, ArticleAction.EDIT, story);
        }
        // A save from an out-of-date page shows both versions before anything else is checked, so
        // that what was typed is never lost to a change of state the writer did not see.
        if (version != story.version()) {
            return new EditOutcome.Conflict(story);
        }
        check(staffer, ArticleAction.EDIT, story);
        checkStep(
                staffer,
                request,
                story.belongsTo(staffer.personId()),
                story.status().isDraft(),
                story.status());
        if (request.significantUpdate()) {
            check(staffer, ArticleAction.CORRECT, story);
        }
        Map<String, String> problems = problems(form, id, request);
        if (!problems.isEmpty()) {
            return new EditOutcome.Invalid(problems);
        }
        ArticleForm complete = completed(form, staffer);
        Instant now = clock.instant();
        if (!editor.update(id, version, complete, renderer.render(complete.bodyMarkdown()), now)) {
            return new EditOutcome.Conflict(story);
        }
        editor.replaceCredits(id, complete.bylineIds(), tagIds(complete));
        if (!story.form().slug().equals(complete.slug())) {
            articles.forgetOldSlug(complete.slug());
            if (story.firstPublishedAt() != null) {
                articles.rememberOldSlug(story.form().slug(), id, now);
            }
        }
        if (story.status() != ArticleStatus.DRAFT) {
            editor.addRevision(id, complete, staffer, request.note().trim(), now);
        }
        if (request.significantUpdate() && story.status() == ArticleStatus.PUBLISHED) {
            articles.markUpdated(id, now);
            audit.record(
                    staffer.auditor(),
                    "article.updated",
                    "article:" + id,
                    "",
                    request.note().trim());
        }
        editor.discardAutosave(staffer.personId(), draftKey(id));
        String done = takeStep(staffer, find(id), request, now);
        events.publishEvent(
                new ArticleChanged(id, done.equals("published") && story.status() != ArticleStatus.PUBLISHED));
        return new EditOutcome.Saved(id, done);
    }

    /** An editor returns a story to its writer as a draft, with a note they see in the editor. */
    @Transactional
    public void sendBack(Staffer staffer, long id, String note) {
        EditableArticle story = find(id);
        check(staffer, ArticleAction.SEND_BACK, story);
        requireState(ArticleAction.SEND_BACK, story);
        String trimmed = limit(note.trim(), MAX_NOTE);
        editor.sendBack(id, trimmed, clock.instant());
        audit.record(
                staffer.auditor(),
                "article.sent-back",
                "article:" + id,
                story.status().name(),
                trimmed);
        events.publishEvent(new ArticleChanged(id));
    }

    @Transactional
    public void unpublish(Staffer staffer, long id) {
        EditableArticle story = find(id);
        check(staffer, ArticleAction.UNPUBLISH, story);
        requireState(ArticleAction.UNPUBLISH, story);
        articles.setStatus(id, ArticleStatus.UNPUBLISHED, clock.instant());
        audit.record(
                staffer.auditor(),
                "article.unpublished",
                "article:" + id,
                story.status().name(),
                "UNPUBLISHED");
        events.publishEvent(new ArticleChanged(id));
    }

    /** Deletes a story that readers cannot see; a published one is unpublished first. */
    @Transactional
    public void delete(Staffer staffer, long id) {
        EditableArticle story = find(id);
        check(staffer, ArticleAction.DELETE, story);
        requireState(ArticleAction.DELETE, story);
        editor.delete(id);
        audit.record(
                staffer.auditor(),
                "article.deleted",
                "article:" + id,
                story.form().headline(),
                "");
        events.publishEvent(new ArticleChanged(id));
    }

    @Transactional(readOnly = true)
    public List<Revision> history(Staffer staffer, long id) {
        check(staffer, ArticleAction.HISTORY, find(id));
        return editor.revisions(id, HISTORY_LENGTH);
    }

    /** Two revisions compared word by word; revision 0 means the story as it is saved now. */
    @Transactional(readOnly = true)
    public RevisionDiff compare(Staffer staffer, long id, int from, int to) {
        EditableArticle story = find(id);
        check(staffer, ArticleAction.HISTORY, story);
        return RevisionDiff.between(revisionOrCurrent(story, from), revisionOrCurrent(story, to));
    }

    /**
     * Puts an earlier revision's words back; this is itself a save, kept as a new revision.
     *
     * @param version the story's version the person was looking at
     * @return false, with nothing changed, if the story was saved since
     */
    @Transactional
    public boolean restore(Staffer staffer, long id, int number, int version) {
        EditableArticle story = find(id);
        check(staffer, ArticleAction.RESTORE, story);
        if (version != story.version()) {
            return false;
        }
        Revision old = editor.revision(id, number).orElseThrow(() -> new NotFoundException("no such revision"));
        ArticleForm restored = story.form().withWords(old);
        Instant now = clock.instant();
        if (!editor.update(id, version, restored, renderer.render(restored.bodyMarkdown()), now)) {
            return false;
        }
        editor.addRevision(id, restored, staffer, "Restored revision " + number, now);
        audit.record(staffer.auditor(), "article.restored", "article:" + id, "", "revision " + number);
        events.publishEvent(new ArticleChanged(id));
        return true;
    }

    /** Keeps what the editor holds, between saves, so a closed tab or a crash loses almost nothing. */
    @Transactional
    public void autosave(Staffer staffer, @Nullable Long id, int baseVersion, ArticleForm typing) {
        if (id == null) {
            ArticlePermissions.check(staffer, ArticleAction.CREATE, true, true);
        } else {
            check(staffer, ArticleAction.EDIT, find(id));
        }
        editor.keepAutosave(
                staffer.personId(), draftKey(id), Autosave.of(clipped(typing), baseVersion, clock.instant()));
    }

    /**
     * The autosave for this story (or for a new one), if it says something the saved story does
     * not, whoever changed the story since.
     */
    @Transactional(readOnly = true)
    public Optional<Autosave> pendingAutosave(Staffer staffer, @Nullable EditableArticle story) {
        return editor.autosave(staffer.personId(), draftKey(story == null ? null : story.id()))
                .filter(saved -> story == null || saved.differsFrom(story.form()));
    }

    /** The story's form with an autosave's typing put back. */
    public ArticleForm restoreTyping(ArticleForm form, Autosave saved) {
        return form.withTyping(saved);
    }

    @Transactional
    public void discardAutosave(Staffer staffer, @Nullable Long id) {
        editor.discardAutosave(staffer.personId(), draftKey(id));
    }

    /** Why a slug cannot be used for this story, or empty if it can. */
    @Transactional(readOnly = true)
    public Optional<String> slugProblem(String slug, @Nullable Long id) {
        if (!Slugs.isValid(slug)) {
            return Optional.of("Use lowercase letters, digits and single dashes, such as \"city-budget-vote\".");
        }
        return editor.slugOwner(slug)
                .filter(owner -> id == null || owner.longValue() != id)
                .map(owner -> "Another story uses this address. Choose a different slug.");
    }

    /** Renders Markdown exactly as the public page will show it: same renderer, same sanitizer. */
    public String preview(String markdown) {
        return renderer.render(limit(markdown, MAX_BODY));
    }

    /** Stories for the newsroom's list: one state or all, everyone's or only the person's own. */
    @Transactional(readOnly = true)
    public Paging<EditableArticle> list(@Nullable ArticleStatus status, @Nullable Long personId, PageNumber page) {
        long total = editor.countInState(status, personId);
        List<EditableArticle> stories =
                editor.findAll(editor.idsInState(status, personId, PAGE_SIZE, page.offset(PAGE_SIZE)));
        return Paging.of(stories, page, total, PAGE_SIZE);
    }

    private String takeStep(Staffer staffer, EditableArticle story, EditRequest request, Instant now) {
        long id = story.id();
        switch (request.step()) {
            case SUBMIT -> {
                editor.submit(id, now);
                editor.addRevision(id, story.form(), staffer, "Submitted for review", now);
                audit.record(staffer.auditor(), "article.submitted", "article:" + id, "DRAFT", "IN_REVIEW");
                return "submitted";
            }
            case PUBLISH -> {
                articles.publish(id, now, now);
                if (story.status() == ArticleStatus.DRAFT || story.status() == ArticleStatus.IN_REVIEW) {
                    editor.addRevision(id, story.form(), staffer, "Published", now);
                }
                audit.record(
                        staffer.auditor(),
                        "article.published",
                        "article:" + id,
                        story.status().name(),
                        "PUBLISHED");
                return "published";
            }
            case SCHEDULE -> {
                Instant at = parseTime(request.publishAt()).orElseThrow();
                articles.schedule(id, at, now);
                audit.record(
                        staffer.auditor(),
                        "article.scheduled",
                        "article:" + id,
                        story.status().name(),
                        at.toString());
                return "scheduled";
            }
            default -> {
                return "saved";
            }
        }
    }

    private void checkStep(Staffer staffer, EditRequest request, boolean own, boolean draft, ArticleStatus status) {
        ArticleAction action = switch (request.step()) {
            case SUBMIT -> ArticleAction.SUBMIT;
            case PUBLISH -> ArticleAction.PUBLISH;
            case SCHEDULE -> ArticleAction.SCHEDULE;
            case SAVE -> null;
        };
        if (action == null) {
            return;
        }
        ArticlePermissions.check(staffer, action, own, draft);
        if (!fitsState(action, status)) {
            throw new BadRequestException(action + " does not apply to a story that is " + status.label());
        }
    }

    /** Which actions make sense in which state, whoever asks. */
    static boolean fitsState(ArticleAction action, ArticleStatus status) {
        return switch (action) {
            case SUBMIT -> status == ArticleStatus.DRAFT;
            case SEND_BACK -> status == ArticleStatus.IN_REVIEW || status == ArticleStatus.SCHEDULED;
            case PUBLISH -> status != ArticleStatus.PUBLISHED;
            case SCHEDULE -> status != ArticleStatus.PUBLISHED;
            case UNPUBLISH -> status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED;
            case DELETE -> status != ArticleStatus.PUBLISHED && status != ArticleStatus.SCHEDULED;
            case CORRECT -> status == ArticleStatus.PUBLISHED;
            default -> true;
        };
    }

    private Map<String, String> problems(ArticleForm form, @Nullable Long id, EditRequest request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.headline().isBlank()) {
            problems.put("headline", "Write a headline.");
        } else if (form.headline().length() > MAX_HEADLINE) {
            problems.put("headline", "Keep the headline under " + MAX_HEADLINE + " characters.");
        }
        String slug =
                form.slug().isBlank() ? Slugs.of(form.headline()) : form.slug().trim();
        if (!form.headline().isBlank() || !form.slug().isBlank()) {
            slugProblem(slug, id).ifPresent(problem -> problems.put("slug", problem));
        }
        if (form.dek().length() > MAX_DEK) {
            problems.put("dek", "Keep the summary under " + MAX_DEK + " characters.");
        }
        if (form.bodyMarkdown().length() > MAX_BODY) {
            problems.put("body", "The body is longer than " + MAX_BODY + " characters; split the story.");
        }
        if (form.sectionId() != null && sections.findById(form.sectionId()).isEmpty()) {
            problems.put("section", "Choose a section from the list.");
        }
        List<String> tagNames = form.tagNames();
        if (tagNames.size() > MAX_TAGS) {
            problems.put("tags", "Use at most " + MAX_TAGS + " tags.");
        } else if (tagNames.stream().anyMatch(name -> Slugs.of(name).isEmpty() || name.length() > 60)) {
            problems.put("tags", "Each tag needs letters or digits and at most 60 characters.");
        }
        List<Long> credited = people.findAll(form.bylineIds()).stream()
                .filter(person -> person.role().isStaff())
                .map(Person::id)
                .toList();
        if (!credited.containsAll(form.bylineIds())) {
            problems.put("bylines", "Credit only people on the staff list.");
        }
        if (form.heroMediaId() != null) {
            if (media.findAll(List.of(form.heroMediaId())).isEmpty()) {
                problems.put("hero", "That image is no longer in the media library; choose another.");
            } else if (form.heroAlt().isBlank()) {
                problems.put("heroAlt", "Describe the image for readers who cannot see it.");
            }
        }
        if (form.seoTitle().length() > MAX_SEO_TITLE) {
            problems.put("seoTitle", "Keep the search title under " + MAX_SEO_TITLE + " characters.");
        }
        if (form.seoDescription().length() > MAX_SEO_DESCRIPTION) {
            problems.put("seoDescription", "Keep the search description under " + MAX_SEO_DESCRIPTION + " characters.");
        }
        if (request.note().length() > MAX_NOTE) {
            problems.put("note", "Keep the note under " + MAX_NOTE + " characters.");
        }
        if (request.step() == EditStep.SCHEDULE) {
            Optional<Instant> at = parseTime(request.publishAt());
            if (at.isEmpty()) {
                problems.put("publishAt", "Give a date and time such as 2026-12-01 09:30.");
            } else if (!at.get().isAfter(clock.instant())) {
                // A past time would date the story's address in the past for good; a typo must not.
                problems.put("publishAt", "Choose a time in the future, or press “Publish now”.");
            }
        }
        return problems;
    }

    /** The form as it is stored: trimmed, a slug made from the headline if none was typed, a byline. */
    private ArticleForm completed(ArticleForm form, Staffer staffer) {
        String slug =
                form.slug().isBlank() ? Slugs.of(form.headline()) : form.slug().trim();
        List<Long> bylines = form.bylineIds().isEmpty()
                ? List.of(staffer.personId())
                : form.bylineIds().stream().distinct().toList();
        return new ArticleForm(
                form.headline().trim(),
                form.dek().trim(),
                slug,
                form.sectionId(),
                String.join(", ", form.tagNames()),
                bylines,
                form.heroMediaId(),
                form.heroMediaId() == null ? "" : form.heroAlt().trim(),
                form.heroMediaId() == null ? "" : form.heroCaption().trim(),
                form.heroMediaId() == null ? "" : form.heroCredit().trim(),
                form.bodyMarkdown(),
                form.commentsEnabled(),
                form.seoTitle().trim(),
                form.seoDescription().trim());
    }

    private static ArticleForm clipped(ArticleForm form) {
        return new ArticleForm(
                limit(form.headline(), MAX_HEADLINE * 2),
                limit(form.dek(), MAX_DEK * 2),
                limit(form.slug(), Slugs.MAX_LENGTH * 2),
                form.sectionId(),
                limit(form.tags(), 2000),
                form.bylineIds(),
                form.heroMediaId(),
                limit(form.heroAlt(), 1000),
                limit(form.heroCaption(), 1000),
                limit(form.heroCredit(), 1000),
                limit(form.bodyMarkdown(), MAX_BODY),
                form.commentsEnabled(),
                limit(form.seoTitle(), MAX_SEO_TITLE * 2),
                limit(form.seoDescription(), MAX_SEO_DESCRIPTION * 2));
    }

    private List<Long> tagIds(ArticleForm form) {
        List<Long> ids = new ArrayList<>();
        for (String name : form.tagNames()) {
            long tagId = taxonomy.tag(name).id();
            if (!ids.contains(tagId)) {
                ids.add(tagId);
            }
        }
        return ids;
    }

    /** A time typed into the editor ("2026-12-01T09:30" or "2026-12-01 09:30"), in the newsroom's zone. */
    Optional<Instant> parseTime(String text) {
        String trimmed = text.trim().replace(' ', 'T');
        try {
            return Optional.of(
                    LocalDateTime.parse(trimmed).atZone(site.timeZone()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private Revision revisionOrCurrent(EditableArticle story, int number) {
        if (number == 0) {
            ArticleForm f = story.form();
            return new Revision(
                    story.id(), 0, f.headline(), f.dek(), f.bodyMarkdown(), "", "As saved now", story.modifiedAt());
        }
        return editor.revision(story.id(), number).orElseThrow(() -> new NotFoundException("no such revision"));
    }

    private EditableArticle find(long id) {
        return editor.find(id).orElseThrow(() -> new NotFoundException("no such article"));
    }

    private static boolean allows(Staffer staffer, ArticleAction action, EditableArticle story) {
        return ArticlePermissions.allows(
                staffer.role(),
                action,
                story.belongsTo(staffer.personId()),
                story.status().isDraft());
    }

    private static void check(Staffer staffer, ArticleAction action, EditableArticle story) {
        ArticlePermissions.check(
                staffer,
                action,
                story.belongsTo(staffer.personId()),
                story.status().isDraft());
    }

    private static void requireState(ArticleAction action, EditableArticle story) {
        if (!fitsState(action, story.status())) {
            throw new BadRequestException(action + " does not apply to a story that is "
                    + story.status().label());
        }
    }

    private static String draftKey(@Nullable Long id) {
        return id == null ? "new" : "article:" + id;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
