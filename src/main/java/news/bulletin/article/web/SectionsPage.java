package news.bulletin.article.web;

import java.util.List;
import java.util.Map;
import news.bulletin.article.Section;
import org.jspecify.annotations.Nullable;

/**
 * The editors' list of sections, with a form for each and one to add a section.
 *
 * @param rejectedId the section whose form was just refused, or null (0 for the "add" form)
 * @param values what was typed into that form, kept when it was refused
 * @param problems the problems by field for that form
 * @param notice what was just done, or empty
 */
public record SectionsPage(
        List<Section> sections,
        @Nullable Long rejectedId,
        Map<String, String> values,
        Map<String, String> problems,
        String notice) {

    public String value(long formId, String field, String saved) {
        return rejectedId != null && rejectedId == formId ? values.getOrDefault(field, "") : saved;
    }

    public @Nullable String problem(long formId, String field) {
        return rejectedId != null && rejectedId == formId ? problems.get(field) : null;
    }
}
