package news.bulletin.article;

/** A tag and how many published stories carry it. */
public record TagUse(Tag tag, long stories) {}
