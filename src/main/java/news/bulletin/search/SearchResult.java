package news.bulletin.search;

import java.util.ArrayList;
import java.util.List;
import news.bulletin.article.ArticleSummary;

/** A story found, with the passage that matched. */
public record SearchResult(ArticleSummary story, List<SnippetPart> snippet) {
    /** Splits an index's snippet at its markers; the parts are plain text, escaped when printed. */
    static List<SnippetPart> parts(String snippet) {
        List<SnippetPart> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean match = false;
        for (char c : snippet.toCharArray()) {
            if (c == QueryTerms.MARK_START || c == QueryTerms.MARK_END) {
                if (!text.isEmpty()) {
                    parts.add(new SnippetPart(text.toString(), match));
                    text.setLength(0);
                }
                match = c == QueryTerms.MARK_START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new SnippetPart(text.toString(), match));
        }
        return parts;
    }
}
