package news.bulletin.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comments are plain text, stored as typed: blank lines make paragraphs, and web addresses become
 * links. The template escapes every piece, so nothing a reader types can become markup.
 */
final class CommentText {
    static final int MAX_LENGTH = 5000;
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?)\\]]+$");

    private CommentText() {}

    /** Trims the text and makes line breaks uniform. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static List<CommentParagraph> paragraphs(String text) {
        List<CommentParagraph> paragraphs = new ArrayList<>();
        for (String paragraph : normalize(text).split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(new CommentParagraph(
                        paragraph.strip().lines().map(CommentText::segments).toList()));
            }
        }
        return paragraphs;
    }

    static int linkCount(String text) {
        return (int) URL.matcher(text).results().count();
    }

    private static List<CommentParagraph.Segment> segments(String line) {
        List<CommentParagraph.Segment> segments = new ArrayList<>();
        Matcher matcher = URL.matcher(line);
        int last = 0;
        while (matcher.find()) {
            String url = matcher.group();
            Matcher trailing = TRAILING.matcher(url);
            String tail = trailing.find() ? trailing.group() : "";
            url = url.substring(0, url.length() - tail.length());
            text(segments, line.substring(last, matcher.start()));
            segments.add(new CommentParagraph.Segment(url, url));
            text(segments, tail);
            last = matcher.end();
        }
        text(segments, line.substring(last));
        return segments;
    }

    private static void text(List<CommentParagraph.Segment> segments, String text) {
        if (!text.isEmpty()) {
            segments.add(new CommentParagraph.Segment(text, null));
        }
    }
}
