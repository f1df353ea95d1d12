package news.bulletin.article;

/** What staff do to a story; each is a column of {@link ArticlePermissions}' table. */
public enum ArticleAction {
    CREATE,
    EDIT,
    SUBMIT,
    SEND_BACK,
    PUBLISH,
    SCHEDULE,
    UNPUBLISH,
    DELETE,
    CORRECT,
    HISTORY,
    RESTORE
}
