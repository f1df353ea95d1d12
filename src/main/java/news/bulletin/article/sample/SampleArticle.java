package news.bulletin.article.sample;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One sample article file: a front matter block of {@code key: value} lines, then the Markdown body. */
record SampleArticle(Map<String, String> fields, String body) {

    static SampleArticle parse(String text) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n")) {
            throw new IllegalArgumentException("sample article without front matter");
        }
        int end = normalized.indexOf("\n---\n", 4);
        Map<String, String> fields = new HashMap<>();
        for (String line : normalized.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(
                        line.substring(0, colon).trim(),
                        line.substring(colon + 1).trim());
            }
        }
        return new SampleArticle(fields, normalized.substring(end + 5).strip() + "\n");
    }

    String field(String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("sample article without " + name);
        }
        return value;
    }

    List<String> list(String name) {
        return Arrays.stream(field(name).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Nullable
    Duration hoursAgo(String name) {
        String value = fields.getOrDefault(name, "");
        return value.isEmpty() ? null : Duration.ofHours(Long.parseLong(value));
    }
}
