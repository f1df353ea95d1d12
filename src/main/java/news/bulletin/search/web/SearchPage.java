package news.bulletin.search.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.bulletin.account.Person;
import news.bulletin.article.Section;
import news.bulletin.search.SearchResults;

/**
 * The search page: the form as the reader filled it, what was found, and what was set aside.
 *
 * @param notices why a filter or page asked for was not used, in words
 */
public record SearchPage(
        String query,
        String section,
        String author,
        String from,
        String to,
        SearchResults results,
        List<Section> sections,
        List<Person> authors,
        List<String> notices) {

    /** This search at another page. */
    public String pageHref(int page) {
        StringBuilder href = new StringBuilder("/search?q=").append(encode(query));
        append(href, "section", section);
        append(href, "author", author);
        append(href, "from", from);
        append(href, "to", to);
        if (page > 1) {
            href.append("&page=").append(page);
        }
        return href.toString();
    }

    private static void append(StringBuilder href, String name, String value) {
        if (!value.isEmpty()) {
            href.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
