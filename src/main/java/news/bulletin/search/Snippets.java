package news.bulletin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.bulletin.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cuts the passage of a story that shows the words searched for, and marks them. Done here rather
 * than by the database, because asking the index for passages costs as much as the search itself
 * for words that fill every story, and because it marks "Zürich" for "zurich" on both engines.
 */
final class Snippets {
    static final int WORDS = 32;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Snippets() {}

    /**
     * The hits for a page of results, in rank order, each with its passage cut from the text the
     * index keeps; {@code idColumn} is how the engine's {@code search_articles} names the story id.
     */
    static List<SearchHit> forPage(JdbcClient jdbc, String idColumn, QueryTerms terms, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, String> passages = new HashMap<>();
        jdbc.sql("SELECT " + idColumn + " AS id, headline, dek, body FROM search_articles WHERE " + idColumn
                        + " IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(
                        rs.getLong("id"),
                        of(terms, rs.getString("headline"), rs.getString("dek"), rs.getString("body"))))
                .list()
                .forEach(passage -> passages.put(passage.getKey(), passage.getValue()));
        return ids.stream()
                .map(id -> new SearchHit(id, passages.getOrDefault(id, "")))
                .toList();
    }

    /** The passage of the body (or the summary, or the headline) around the first matched word. */
    static String of(QueryTerms terms, String headline, String dek, String body) {
        List<String> stems = stems(terms);
        for (String text : List.of(body, dek, headline)) {
            String snippet = passage(text, stems);
            if (snippet != null) {
                return snippet;
            }
        }
        return passage(body.isBlank() ? dek : body, List.of(), true);
    }

    private static String passage(String text, List<String> stems) {
        return passage(text, stems, false);
    }

    private static String passage(String text, List<String> stems, boolean evenWithoutMatch) {
        List<int[]> words = new ArrayList<>();
        List<Boolean> matched = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int first = -1;
        while (matcher.find()) {
            String folded = Slugs.fold(matcher.group());
            boolean match = stems.stream().anyMatch(folded::startsWith);
            if (match && first < 0) {
                first = words.size();
            }
            words.add(new int[] {matcher.start(), matcher.end()});
            matched.add(match);
        }
        if (first < 0 && !evenWithoutMatch) {
            return null;
        }
        if (words.isEmpty()) {
            return "";
        }
        int from = Math.max(0, (first < 0 ? 0 : first) - 8);
        int to = Math.min(words.size(), from + WORDS);
        StringBuilder out = new StringBuilder();
        if (from > 0) {
            out.append("… ");
        }
        int cursor = words.get(from)[0];
        for (int i = from; i < to; i++) {
            int[] word = words.get(i);
            out.append(text, cursor, word[0]);
            if (matched.get(i)) {
                out.append(QueryTerms.MARK_START).append(text, word[0], word[1]).append(QueryTerms.MARK_END);
            } else {
                out.append(text, word[0], word[1]);
            }
            cursor = word[1];
        }
        if (to < words.size()) {
            out.append(" …");
        }
        return out.toString();
    }

    /**
     * What a word must start with to count as the one searched for: the word less a short English
     * ending, so that "sanction" marks "sanctions" and "sanctioned" as the stemmer finds them.
     */
    private static List<String> stems(QueryTerms terms) {
        List<String> stems = new ArrayList<>();
        for (QueryTerms.Term term : terms.terms()) {
            for (String word : term.words()) {
                String folded = Slugs.fold(word);
                stems.add(term.prefix() || folded.length() <= 5 ? folded : folded.substring(0, folded.length() - 2));
            }
        }
        return stems;
    }
}
