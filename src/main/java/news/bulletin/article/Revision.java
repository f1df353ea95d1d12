package news.bulletin.article;

import java.time.Instant;

/** A story's headline, dek and body as one save left them. */
public record Revision(
        long articleId,
        int number,
        String headline,
        String dek,
        String bodyMarkdown,
        String authorName,
        String note,
        Instant createdAt) {}
