package news.bulletin.article.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.bulletin.account.People;
import news.bulletin.account.SignedInPerson;
import news.bulletin.article.ArticleAction;
import news.bulletin.article.ArticleEditing;
import news.bulletin.article.ArticleForm;
import news.bulletin.article.ArticlePermissions;
import news.bulletin.article.ArticleStatus;
import news.bulletin.article.Autosave;
import news.bulletin.article.EditOutcome;
import news.bulletin.article.EditableArticle;
import news.bulletin.article.RevisionDiff;
import news.bulletin.article.Sections;
import news.bulletin.article.Staffer;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import news.bulletin.shared.BadRequestException;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The newsroom's stories at {@code /newsroom/articles}: the list, the editor, its autosave, slug
 * check and preview, the workflow buttons and the history. What a person may do is decided by
 * {@link ArticleEditing}, never by which buttons this page shows.
 */
@Controller
class EditorController {
    private static final Map<String, String> NOTICES = Map.of(
            "sent-back", "The story is back with its writer as a draft, with your note.",
            "unpublished", "The story is unpublished: readers no longer see it.",
            "deleted", "The story is deleted.",
            "restored", "The revision is restored, and kept as a new revision.",
            "restore-stale",
                    "Somebody saved the story after you opened its history, so nothing was restored."
                            + " Compare again and restore if you still want to.",
            "saved", "Saved.",
            "submitted", "Submitted for review. An editor will read it next.",
            "published", "Published: readers can see the story now.",
            "scheduled", "Scheduled: the story will be published at its time.");

    private static final int KNOWN_TAGS = 40;

    private final ArticleEditing editing;
    private final Sections sections;
    private final People people;
    private final MediaLibrary media;

    EditorController(ArticleEditing editing, Sections sections, People people, MediaLibrary media) {
        this.editing = editing;
        this.sections = sections;
        this.people = people;
        this.media = media;
    }

    @GetMapping("/newsroom/articles")
    String list(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        ArticleStatus status = parseState(state);
        // Contributors see only their own stories; the others choose.
        boolean mayListAll =
                ArticlePermissions.reach(person.role(), ArticleAction.EDIT) != ArticlePermissions.Reach.OWN_DRAFTS;
        boolean onlyMine = mine || !mayListAll;
        model.addAttribute(
                "page",
                new StoryListPage(
                        editing.list(status, onlyMine ? person.personId() : null, PageNumber.parseOrFirst(page)),
                        status,
                        onlyMine,
                        mayListAll,
                        done == null ? "" : NOTICES.getOrDefault(done, "")));
        return "article/stories";
    }

    @GetMapping("/newsroom/articles/new")
    String startNew(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam(defaultValue = "false") boolean restore,
            Model model) {
        Staffer staffer = Staffer.of(person);
        ArticleForm form = editing.blank(staffer);
        Autosave pending = editing.pendingAutosave(staffer, null).orElse(null);
        if (restore && pending != null) {
            form = editing.restoreTyping(form, pending);
            pending = null;
        }
        return editor(
                staffer,
                null,
                0,
                form,
                Map.of(),
                pending,
                restore ? "The autosaved typing is back." : "",
                "",
                "",
                null,
                model);
    }

    @PostMapping("/newsroom/articles")
    String create(@AuthenticationPrincipal SignedInPerson person, @ModelAttribute EditorFields fields, Model model) {
        Staffer staffer = Staffer.of(person);
        if (fields.previewOnly()) {
            editing.blank(staffer);
            return editor(
                    staffer,
                    null,
                    0,
                    fields.form(),
                    Map.of(),
                    null,
                    "",
                    fields.publishAt(),
                    fields.note(),
                    editing.preview(fields.form().bodyMarkdown()),
                    model);
        }
        EditOutcome outcome = editing.create(staffer, fields.form(), fields.request());
        return outcome(staffer, null, fields, outcome, model);
    }

    @GetMapping("/newsroom/articles/{id}")
    String edit(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean restore,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        Staffer staffer = Staffer.of(person);
        EditableArticle story = editing.open(staffer, id);
        ArticleForm form = story.form();
        Autosave pending = editing.pendingAutosave(staffer, story).orElse(null);
        String notice = done == null ? "" : NOTICES.getOrDefault(done, "");
        int version = story.version();
        if (restore && pending != null) {
            form = editing.restoreTyping(form, pending);
            // Saving restored typing quotes the version it was typed on: if the story changed since,
            // the writer merges on the conflict page instead of overwriting.
            version = pending.baseVersion();
            pending = null;
            notice = "The autosaved typing is back. Save to keep it.";
        }
        return editor(staffer, story, version, form, Map.of(), pending, notice, "", "", null, model);
    }

    @PostMapping("/newsroom/articles/{id}")
    String save(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @ModelAttribute EditorFields fields,
            Model model) {
        Staffer staffer = Staffer.of(person);
        if (fields.previewOnly()) {
            EditableArticle story = editing.open(staffer, id);
            return editor(
                    staffer,
                    story,
                    fields.version(),
                    fields.form(),
                    Map.of(),
                    null,
                    "",
                    fields.publishAt(),
                    fields.note(),
                    editing.preview(fields.form().bodyMarkdown()),
                    model);
        }
        EditOutcome outcome = editing.save(staffer, id, fields.version(), fields.form(), fields.request());
        return outcome(staffer, id, fields, outcome, model);
    }

    @PostMapping("/newsroom/articles/{id}/send-back")
    String sendBack(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String note) {
        editing.sendBack(Staffer.of(person), id, note);
        return "redirect:/newsroom/articles?done=sent-back";
    }

    @PostMapping("/newsroom/articles/{id}/unpublish")
    String unpublish(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id) {
        editing.unpublish(Staffer.of(person), id);
        return "redirect:/newsroom/articles/" + id + "?done=unpublished";
    }

    @PostMapping("/newsroom/articles/{id}/delete")
    String delete(@AuthenticationPrincipal SignedInPerson person, @PathVariable long id) {
        editing.delete(Staffer.of(person), id);
        return "redirect:/newsroom/articles?done=deleted";
    }

    @GetMapping("/newsroom/articles/{id}/history")
    String history(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer from,
            @RequestParam(required = false) @Nullable Integer to,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        Staffer staffer = Staffer.of(person);
        EditableArticle story = editing.open(staffer, id);
        var revisions = editing.history(staffer, id);
        RevisionDiff diff = null;
        if (from != null && to != null) {
            diff = editing.compare(staffer, id, from, to);
        } else if (revisions.size() >= 2) {
            diff = editing.compare(
                    staffer, id, revisions.get(1).number(), revisions.get(0).number());
        }
        model.addAttribute(
                "page",
                new HistoryPage(
                        story,
                        revisions,
                        diff,
                        editing.allowedActions(staffer, story).contains(ArticleAction.RESTORE),
                        done == null ? "" : NOTICES.getOrDefault(done, "")));
        return "article/history";
    }

    @PostMapping("/newsroom/articles/{id}/revisions/{number}/restore")
    String restore(
            @AuthenticationPrincipal SignedInPerson person,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(defaultValue = "-1") int version) {
        boolean restored = editing.restore(Staffer.of(person), id, number, version);
        return "redirect:/newsroom/articles/" + id + "/history?done=" + (restored ? "restored" : "restore-stale");
    }

    /** The page's script sends the form here every few seconds and when the tab is hidden. */
    @PostMapping("/newsroom/articles/autosave")
    ResponseEntity<Void> autosave(
            @AuthenticationPrincipal SignedInPerson person,
            @RequestParam(required = false) @Nullable Long id,
            @ModelAttribute EditorFields fields) {
        editing.autosave(Staffer.of(person), id, fields.version(), fields.form());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/newsroom/articles/autosave/discard")
    String discardAutosave(
            @AuthenticationPrincipal SignedInPerson person, @RequestParam(required = false) @Nullable Long id) {
        editing.discardAutosave(Staffer.of(person), id);
        return id == null ? "redirect:/newsroom/articles/new" : "redirect:/newsroom/articles/" + id;
    }

    /** The body as readers will see it: the same renderer and sanitizer as the public page. */
    @PostMapping(value = "/newsroom/articles/preview", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String preview(@RequestParam(defaultValue = "") String body) {
        return editing.preview(body.replace("\r\n", "\n"));
    }

    /** Empty when the slug is free for this story; otherwise what is wrong with it. */
    @GetMapping(value = "/newsroom/articles/slug-check", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    String slugCheck(@RequestParam(defaultValue = "") String slug, @RequestParam(required = false) @Nullable Long id) {
        return editing.slugProblem(slug.trim(), id).orElse("");
    }

    private String outcome(Staffer staffer, @Nullable Long id, EditorFields fields, EditOutcome outcome, Model model) {
        if (outcome instanceof EditOutcome.Saved saved) {
            return "redirect:/newsroom/articles/" + saved.id() + "?done=" + saved.done();
        }
        if (outcome instanceof EditOutcome.Conflict conflict) {
            model.addAttribute(
                    "page",
                    new ConflictPage(
                            conflict.current(),
                            fields.form(),
                            RevisionDiff.words(
                                    conflict.current().form().bodyMarkdown(),
                                    fields.form().bodyMarkdown()),
                            fields.note()));
            return "article/conflict";
        }
        EditOutcome.Invalid invalid = (EditOutcome.Invalid) outcome;
        EditableArticle story = id == null ? null : editing.open(staffer, id);
        return editor(
                staffer,
                story,
                fields.version(),
                fields.form(),
                invalid.problems(),
                null,
                "",
                fields.publishAt(),
                fields.note(),
                null,
                model);
    }

    private String editor(
            Staffer staffer,
            @Nullable EditableArticle story,
            int version,
            ArticleForm form,
            Map<String, String> problems,
            @Nullable Autosave autosave,
            String notice,
            String publishAt,
            String note,
            @Nullable String previewHtml,
            Model model) {
        Set<ArticleAction> allowed = story == null
                ? Set.of(ArticleAction.CREATE, ArticleAction.SUBMIT)
                : editing.allowedActions(staffer, story);
        if (story == null && ArticlePermissions.allows(staffer.role(), ArticleAction.PUBLISH, true, true)) {
            allowed = Set.of(ArticleAction.CREATE, ArticleAction.SUBMIT, ArticleAction.PUBLISH, ArticleAction.SCHEDULE);
        }
        List<Media> images =
                new ArrayList<>(media.search("", true, PageNumber.FIRST).items());
        if (form.heroMediaId() != null && images.stream().noneMatch(m -> m.id() == form.heroMediaId())) {
            media.findById(form.heroMediaId()).ifPresent(hero -> images.add(0, hero));
        }
        model.addAttribute(
                "page",
                new EditorPage(
                        story,
                        version,
                        form,
                        problems,
                        allowed,
                        sections.all(),
                        people.staff(),
                        images,
                        autosave,
                        notice,
                        publishAt,
                        note,
                        sections.popularTagNames(KNOWN_TAGS),
                        previewHtml));
        return "article/editor";
    }

    private static @Nullable ArticleStatus parseState(@Nullable String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return ArticleStatus.valueOf(state.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("unknown state " + state);
        }
    }
}
