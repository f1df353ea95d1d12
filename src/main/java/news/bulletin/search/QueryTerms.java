package news.bulletin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.bulletin.shared.Slugs;

/**
 * What a reader typed, as terms an index can match safely: words of letters and digits only (in any
 * script), quoted phrases, and the last word as a prefix while it is still being typed. Operators,
 * punctuation, SQL and emoji are not terms, so no query can break the index's own syntax.
 */
final class QueryTerms {
    static final char MARK_START = '\u0001';
    static final char MARK_END = '\u0002';
    static final int MAX_INPUT = 256;
    static final int MAX_TERMS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A word, or a phrase of words that must follow each other. */
    record Term(List<String> words, boolean prefix) {
        boolean phrase() {
            return words.size() > 1;
        }
    }

    private final List<Term> terms;

    private QueryTerms(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    static QueryTerms parse(String input) {
        String text = input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input;
        List<Term> terms = new ArrayList<>();
        int quotes = (int) text.chars().filter(c -> c == '"').count();
        // An unmatched quote is ignored: everything after it counts as plain words.
        int lastPairedQuote = quotes % 2 == 0 ? text.length() : text.lastIndexOf('"');
        boolean inPhrase = false;
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? ' ' : text.charAt(i);
            if (end || (c == '"' && i < lastPairedQuote)) {
                List<String> words = words(part.toString());
                if (inPhrase && !words.isEmpty()) {
                    terms.add(new Term(words, false));
                } else {
                    words.forEach(word -> terms.add(new Term(List.of(word), false)));
                }
                part.setLength(0);
                inPhrase = !inPhrase && !end;
            } else {
                part.append(c);
            }
        }
        List<Term> limited = terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
        boolean stillTyping = !text.isEmpty()
                && WORD.matcher(text.substring(text.length() - 1)).matches();
        if (stillTyping
                && !limited.isEmpty()
                && !limited.get(limited.size() - 1).phrase()) {
            List<Term> withPrefix = new ArrayList<>(limited);
            Term last = withPrefix.remove(withPrefix.size() - 1);
            withPrefix.add(new Term(last.words(), true));
            limited = withPrefix;
        }
        return new QueryTerms(limited);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    List<Term> terms() {
        return terms;
    }

    /** The query in FTS5's syntax: every word quoted, so nothing typed is read as an operator. */
    String fts5() {
        return terms.stream()
                .map(term -> "\"" + String.join(" ", term.words()) + "\"" + (term.prefix() ? "*" : ""))
                .collect(Collectors.joining(" "));
    }

    /** The query in PostgreSQL's {@code to_tsquery} syntax, over words folded as the index folds them. */
    String tsquery() {
        return terms.stream()
                .map(term -> {
                    // Folding can split a word ("½" becomes "1⁄2"), so the folded words are found again.
                    List<String> folded = term.words().stream()
                            .flatMap(word -> words(Slugs.fold(word)).stream())
                            .toList();
                    String words = String.join(" <-> ", folded);
                    return folded.isEmpty()
                            ? ""
                            : folded.size() > 1 ? "(" + words + ")" : words + (term.prefix() ? ":*" : "");
                })
                .filter(term -> !term.isEmpty())
                .collect(Collectors.joining(" & "));
    }

    boolean hasPhrase() {
        return terms.stream().anyMatch(Term::phrase);
    }

    /**
     * The query with every phrase loosened to its words in any order and place: what an index can
     * answer from its word lists alone, without reading where in a story each word stands.
     */
    QueryTerms loosened() {
        return new QueryTerms(terms.stream()
                .flatMap(term -> term.phrase()
                        ? term.words().stream().map(word -> new Term(List.of(word), false))
                        : java.util.stream.Stream.of(term))
                .toList());
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }
}
