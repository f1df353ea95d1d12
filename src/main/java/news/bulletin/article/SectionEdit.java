package news.bulletin.article;

import java.util.Map;

/**
 * The outcome of adding or changing a section: done, or the problems by field, in words for the editor.
 */
public record SectionEdit(Map<String, String> problems) {
    public static final SectionEdit DONE = new SectionEdit(Map.of());

    public boolean done() {
        return problems.isEmpty();
    }
}
