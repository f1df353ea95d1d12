package news.bulletin.article;

import java.time.Instant;

/** A dated correction shown at the foot of a story; corrections are never changed or removed. */
public record Correction(long id, String text, Instant at) {}
