package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a list or a card shows of a published article. */
public record ArticleSummary(
        long id,
        String path,
        String headline,
        String dek,
        @Nullable Section section,
        List<Byline> bylines,
        @Nullable HeroImage hero,
        Instant publishedAt) {}
