package news.bulletin.media;

/** Somewhere an image appears: a story's hero or body, an author's photo. */
public record MediaUse(String label, String href) {}
