package news.bulletin.comment;

/** What became of a comment a reader sent. */
public sealed interface PostOutcome {
    /** Stored; {@code held} when it waits for an editor. */
    record Posted(long id, boolean held) implements PostOutcome {}

    /** Not stored, for the reason given in words for the reader. */
    record Refused(String message) implements PostOutcome {}
}
