package news.bulletin.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two revisions of a story compared word by word: headline, dek and body. */
public record RevisionDiff(Revision from, Revision to, List<Part> headline, List<Part> dek, List<Part> body) {
    private static final Pattern TOKENS = Pattern.compile("\\s+|[\\p{L}\\p{N}'’-]+|[^\\s\\p{L}\\p{N}]");

    /** A run of text that both sides share, or that only the newer or only the older one has. */
    public record Part(Kind kind, String text) {}

    public enum Kind {
        SAME,
        ADDED,
        REMOVED
    }

    static RevisionDiff between(Revision from, Revision to) {
        return new RevisionDiff(
                from,
                to,
                words(from.headline(), to.headline()),
                words(from.dek(), to.dek()),
                words(from.bodyMarkdown(), to.bodyMarkdown()));
    }

    public boolean unchanged() {
        return List.of(headline, dek, body).stream().flatMap(List::stream).allMatch(part -> part.kind() == Kind.SAME);
    }

    /** The word-level differences between two texts, in reading order. */
    public static List<Part> words(String older, String newer) {
        List<String> a = tokens(older);
        List<String> b = tokens(newer);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            add(parts, Kind.SAME, a.subList(position, delta.getSource().getPosition()));
            add(parts, Kind.REMOVED, delta.getSource().getLines());
            add(parts, Kind.ADDED, delta.getTarget().getLines());
            position = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(parts, Kind.SAME, a.subList(position, a.size()));
        return parts;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKENS.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    /** Appends tokens as one part, merged with the previous part when it is of the same kind. */
    private static void add(List<Part> parts, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
            Part last = parts.remove(parts.size() - 1);
            text = last.text() + text;
        }
        parts.add(new Part(kind, text));
    }
}
