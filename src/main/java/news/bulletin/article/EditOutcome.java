package news.bulletin.article;

import java.util.Map;

/** What became of a save in the editor. */
public sealed interface EditOutcome {
    /** Saved, and the requested step taken; {@code done} names it: saved, submitted, published, scheduled. */
    record Saved(long id, String done) implements EditOutcome {}

    /** Nothing saved; each problem is keyed by the form field it concerns. */
    record Invalid(Map<String, String> problems) implements EditOutcome {}

    /** Nothing saved: somebody else saved the story since this editor opened it. */
    record Conflict(EditableArticle current) implements EditOutcome {}
}
