package news.bulletin.article;

/**
 * Where an article is in its life; only {@link #PUBLISHED} articles are shown to readers. A story
 * {@link #IN_REVIEW} is stored as a draft with the time it was submitted.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED;

    public boolean isDraft() {
        return this == DRAFT || this == IN_REVIEW;
    }

    /** How the newsroom names the state. */
    public String label() {
        return switch (this) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case SCHEDULED -> "Scheduled";
            case PUBLISHED -> "Published";
            case UNPUBLISHED -> "Unpublished";
        };
    }
}
