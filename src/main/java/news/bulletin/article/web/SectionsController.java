package news.bulletin.article.web;

import java.util.Map;
import news.bulletin.account.SignedInPerson;
import news.bulletin.article.Sections;
import news.bulletin.article.Taxonomy;
import news.bulletin.article.TaxonomyEdit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Editors add, rename, describe and reorder sections at {@code /newsroom/sections}. */
@Controller
class SectionsController {
    private static final Map<String, String> NOTICES = Map.of(
            "added", "The section is added at the end of the navigation.",
            "changed", "The section is saved. If its slug changed, the old address redirects to the new one.",
            "moved", "The navigation order is saved.");

    private final Sections sections;
    private final Taxonomy taxonomy;

    SectionsController(Sections sections, Taxonomy taxonomy) {
        this.sections = sections;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/newsroom/sections")
    String list(@RequestParam(required = false) @Nullable String done, Model model) {
        String notice = done == null ? "" : NOTICES.getOrDefault(done, "");
        model.addAttribute("page", new SectionsPage(sections.all(), null, Map.of(), Map.of(), notice));
        return "article/sections";
    }

    @PostMapping("/newsroom/sections")
    String add(
            @AuthenticationPrincipal SignedInPerson editor,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String description,
            Model model) {
        TaxonomyEdit edit = taxonomy.addSection(editor.auditor(), name, slug.trim(), description);
        return edit.done()
                ? "redirect:/newsroom/sections?done=added"
                : refused(0, name, slug, description, edit, model);
    }

    @PostMapping("/newsroom/sections/{id}")
    String change(
            @AuthenticationPrincipal SignedInPerson editor,
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String slug,
            @RequestParam(defaultValue = "") String description,
            Model model) {
        TaxonomyEdit edit = taxonomy.changeSection(editor.auditor(), id, name, slug.trim(), description);
        return edit.done()
                ? "redirect:/newsroom/sections?done=changed"
                : refused(id, name, slug, description, edit, model);
    }

    @PostMapping("/newsroom/sections/{id}/move")
    String move(
            @AuthenticationPrincipal SignedInPerson editor,
            @PathVariable long id,
            @RequestParam(defaultValue = "later") String direction) {
        taxonomy.moveSection(editor.auditor(), id, "earlier".equals(direction));
        return "redirect:/newsroom/sections?done=moved";
    }

    private String refused(long formId, String name, String slug, String description, TaxonomyEdit edit, Model model) {
        model.addAttribute(
                "page",
                new SectionsPage(
                        sections.all(),
                        formId,
                        Map.of("name", name, "slug", slug, "description", description),
                        edit.problems(),
                        ""));
        return "article/sections";
    }
}
