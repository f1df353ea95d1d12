package news.bulletin.article;

import java.util.Map;

/**
 * The outcome of adding or changing a section or tag: done, or the problems by field, in words for the editor.
 */
public record TaxonomyEdit(Map<String, String> problems) {
    public static final TaxonomyEdit DONE = new TaxonomyEdit(Map.of());

    public boolean done() {
        return problems.isEmpty();
    }
}
