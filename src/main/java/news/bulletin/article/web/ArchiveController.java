package news.bulletin.article.web;

import jakarta.servlet.http.HttpServletRequest;
import news.bulletin.account.People;
import news.bulletin.account.Person;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.Articles;
import news.bulletin.article.Section;
import news.bulletin.article.Sections;
import news.bulletin.article.Tag;
import news.bulletin.article.Tagging;
import news.bulletin.article.Taxonomy;
import news.bulletin.media.MediaLibrary;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.NotFoundException;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.SiteSettings;
import news.bulletin.web.PageKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/** Section, tag and author pages: stories newest first, twenty a page. */
@Controller
class ArchiveController {
    private final Articles articles;
    private final Sections sections;
    private final People people;
    private final Taxonomy taxonomy;
    private final Tagging tagging;
    private final MediaLibrary media;

    ArchiveController(
            Articles articles,
            Sections sections,
            People people,
            Taxonomy taxonomy,
            Tagging tagging,
            MediaLibrary media) {
        this.media = media;
        this.articles = articles;
        this.sections = sections;
        this.people = people;
        this.taxonomy = taxonomy;
        this.tagging = tagging;
    }

    @GetMapping("/section/{slug}")
    Object section(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            Model model) {
        var found = sections.findBySlug(slug);
        if (found.isEmpty()) {
            Section renamed =
                    taxonomy.findByOldSlug(slug).orElseThrow(() -> new NotFoundException("no section " + slug));
            RedirectView redirect = new RedirectView(renamed.path()
                    + (page == null
                            ? ""
                            : "?page=" + PageNumber.parseOrFirst(page).value()));
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            redirect.setExposeModelAttributes(false);
            return redirect;
        }
        Section section = found.get();
        var stories = articles.pageOfSection(section, PageNumber.parseOrFirst(page));
        PageKeys.add(request, ContentKeys.section(section.id()));
        PageKeys.add(request, ArticleSummary.keys(stories.items()));
        PageKeys.add(request, ContentKeys.setting(SiteSettings.STORIES_PER_PAGE));
        model.addAttribute(
                "page",
                new ArchivePage(
                        "Section",
                        section.name(),
                        section.description(),
                        section.path(),
                        section.accent(),
                        stories,
                        null));
        return "article/archive";
    }

    @GetMapping("/tag/{slug}")
    Object tag(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            Model model) {
        var found = sections.findTagBySlug(slug);
        if (found.isEmpty()) {
            Tag renamed = tagging.findByOldSlug(slug).orElseThrow(() -> new NotFoundException("no tag " + slug));
            return permanentRedirect(renamed.path(), page);
        }
        Tag tag = found.get();
        var stories = articles.pageOfTag(tag, PageNumber.parseOrFirst(page));
        PageKeys.add(request, ContentKeys.tag(tag.id()));
        PageKeys.add(request, ArticleSummary.keys(stories.items()));
        PageKeys.add(request, ContentKeys.setting(SiteSettings.STORIES_PER_PAGE));
        model.addAttribute(
                "page",
                new ArchivePage(
                        "Topic",
                        tag.name(),
                        "Stories about " + tag.name() + ", newest first.",
                        tag.path(),
                        null,
                        stories,
                        null));
        return "article/archive";
    }

    @GetMapping("/author/{slug}")
    String author(
            @PathVariable String slug,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            Model model) {
        Person person = people.findBySlug(slug)
                .filter(p -> p.role().isStaff())
                .orElseThrow(() -> new NotFoundException("no author " + slug));
        var stories = articles.pageOfAuthor(person.id(), PageNumber.parseOrFirst(page));
        PageKeys.add(request, ContentKeys.person(person.id()));
        PageKeys.add(request, ArticleSummary.keys(stories.items()));
        PageKeys.add(request, ContentKeys.setting(SiteSettings.STORIES_PER_PAGE));
        model.addAttribute(
                "page",
                new ArchivePage(
                        "Author",
                        person.name(),
                        person.bio(),
                        person.path(),
                        null,
                        stories,
                        person.photoMediaId() == null
                                ? null
                                : media.findById(person.photoMediaId()).orElse(null)));
        return "article/archive";
    }

    /** The new address of a renamed section or tag, keeping the page asked for. */
    private static RedirectView permanentRedirect(String path, @Nullable String page) {
        RedirectView redirect = new RedirectView(path
                + (page == null ? "" : "?page=" + PageNumber.parseOrFirst(page).value()));
        redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}
