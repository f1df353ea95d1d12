package news.bulletin.comment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A paragraph of a comment: lines of plain text and links, for the template to escape and print. */
public record CommentParagraph(List<List<Segment>> lines) {

    /** A run of text, or a link when {@code href} is set. */
    public record Segment(String text, @Nullable String href) {}
}
