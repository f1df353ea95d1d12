package news.bulletin.search.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import news.bulletin.account.People;
import news.bulletin.account.Person;
import news.bulletin.article.Section;
import news.bulletin.article.Sections;
import news.bulletin.search.Search;
import news.bulletin.search.SearchRequest;
import news.bulletin.shared.BadRequestException;
import news.bulletin.shared.ContentKeys;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.SiteProperties;
import news.bulletin.web.PageKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page at {@code /search}. Whatever is typed or put in the address gets a page: a filter
 * or page that cannot be used is set aside with a note saying so, never an error.
 */
@Controller
class SearchController {
    private static final int MAX_QUERY = 1000;

    private final Search search;
    private final Sections sections;
    private final People people;
    private final ZoneId zone;

    SearchController(Search search, Sections sections, People people, SiteProperties site) {
        this.search = search;
        this.sections = sections;
        this.people = people;
        this.zone = site.timeZone();
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String section,
            @RequestParam(defaultValue = "") String author,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(required = false) @Nullable String page,
            HttpServletRequest request,
            Model model) {
        // Results hang on every story's words, so any change to any story renders the page again.
        PageKeys.add(request, ContentKeys.STORIES);
        List<String> notices = new ArrayList<>();
        String query = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        List<Section> allSections = sections.all();
        Section chosenSection = section.isEmpty()
                ? null
                : allSections.stream()
                        .filter(s -> s.slug().equals(section))
                        .findFirst()
                        .orElse(null);
        if (!section.isEmpty() && chosenSection == null) {
            notices.add("There is no section “" + section + "”, so all sections were searched.");
        }
        Person chosenAuthor = author.isEmpty()
                ? null
                : people.findBySlug(author).filter(p -> p.role().isStaff()).orElse(null);
        if (!author.isEmpty() && chosenAuthor == null) {
            notices.add("There is no author “" + author + "”, so all authors were searched.");
        }
        LocalDate fromDate = date(from, "start", notices);
        LocalDate toDate = date(to, "end", notices);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            notices.add("The start date is after the end date, so all dates were searched.");
            fromDate = null;
            toDate = null;
        }
        PageNumber number = pageNumber(page, notices);
        var results = search.search(new SearchRequest(
                query,
                chosenSection == null ? null : chosenSection.id(),
                chosenAuthor == null ? null : chosenAuthor.id(),
                fromDate == null ? null : fromDate.atStartOfDay(zone).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(zone).toInstant(),
                number));
        if (results.searched()
                && results.results().items().isEmpty()
                && results.results().totalItems() > 0) {
            notices.add("There are only " + results.results().totalPages() + " pages of results.");
        }
        model.addAttribute(
                "page",
                new SearchPage(
                        query,
                        chosenSection == null ? "" : section,
                        chosenAuthor == null ? "" : author,
                        fromDate == null ? "" : fromDate.toString(),
                        toDate == null ? "" : toDate.toString(),
                        results,
                        allSections,
                        people.staff(),
                        notices));
        return "search/results";
    }

    private static @Nullable LocalDate date(String text, String which, List<String> notices) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeException e) {
            notices.add("The " + which + " date is not a date like 2026-11-28, so it was left out.");
            return null;
        }
    }

    private static PageNumber pageNumber(@Nullable String page, List<String> notices) {
        try {
            return PageNumber.parseOrFirst(page);
        } catch (BadRequestException e) {
            notices.add("There is no page “" + page + "”, so the first page is shown.");
            return PageNumber.FIRST;
        }
    }
}
