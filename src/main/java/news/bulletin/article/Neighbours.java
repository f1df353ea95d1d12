package news.bulletin.article;

import org.jspecify.annotations.Nullable;

/** The previous (older) and next (newer) stories in an article's section. */
public record Neighbours(
        @Nullable ArticleSummary previous, @Nullable ArticleSummary next) {}
