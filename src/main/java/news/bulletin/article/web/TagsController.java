package news.bulletin.article.web;

import java.util.Map;
import news.bulletin.account.SignedInPerson;
import news.bulletin.article.Sections;
import news.bulletin.article.Tag;
import news.bulletin.article.Tagging;
import news.bulletin.article.TaxonomyEdit;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editors create, rename and merge tags at {@code /newsroom/tags}. */
@Controller
class TagsController {
    private static final Map<String, String> NOTICES = Map.of(
            "created", "The tag is created.",
            "renamed", "The tag is renamed; its old address redirects to the new one.",
            "merged", "The tags are merged; the old tag's address redirects to the one kept.");

    private final Tagging tagging;
    private final Sections sections;

    TagsController(Tagging tagging, Sections sections) {
        this.tagging = tagging;
        this.sections = sections;
    }

    @GetMapping("/newsroom/tags")
    String list(
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String done,
            Model model) {
        PageNumber number = PageNumber.parseOrFirst(page);
        String notice = done == null ? "" : NOTICES.getOrDefault(done, "");
        model.addAttribute("page", new TagsPage(tagging.list(number), null, "", null, notice));
        return "article/tags";
    }

    @PostMapping("/newsroom/tags")
    String create(
            @AuthenticationPrincipal SignedInPerson editor, @RequestParam(defaultValue = "") String name, Model model) {
        TaxonomyEdit edit = tagging.create(editor.auditor(), name);
        return edit.done()
                ? "redirect:/newsroom/tags?done=created"
                : refused(0, name, edit.problems().get("name"), model);
    }

    @PostMapping("/newsroom/tags/{id}")
    String rename(
            @AuthenticationPrincipal SignedInPerson editor,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            Model model) {
        TaxonomyEdit edit = tagging.rename(editor.auditor(), id, name);
        return edit.done()
                ? "redirect:/newsroom/tags?done=renamed"
                : refused(id, name, edit.problems().get("name"), model);
    }

    @PostMapping("/newsroom/tags/{id}/merge")
    String merge(
            @AuthenticationPrincipal SignedInPerson editor,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String into,
            Model model) {
        Tag target = sections.findTagBySlug(into.trim()).orElse(null);
        if (target == null) {
            return refused(id, into, "There is no tag with the slug \"" + into.trim() + "\".", model);
        }
        tagging.merge(editor.auditor(), id, target.id());
        return "redirect:/newsroom/tags?done=merged";
    }

    private String refused(long formId, String typed, @Nullable String problem, Model model) {
        model.addAttribute("page", new TagsPage(tagging.list(PageNumber.FIRST), formId, typed, problem, ""));
        return "article/tags";
    }
}
