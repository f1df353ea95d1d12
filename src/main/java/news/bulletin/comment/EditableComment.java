package news.bulletin.comment;

/** A comment its author may still change, with the text as they wrote it. */
public record EditableComment(long id, long articleId, String text) {}
