package news.bulletin.article;

import java.time.Instant;
import java.util.List;
import news.bulletin.shared.ContentKeys;
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
        Instant publishedAt) {

    /** The surrogate keys of a page showing this card: the story, its section and its authors. */
    public List<String> keys() {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(ContentKeys.article(id));
        if (section != null) {
            keys.add(ContentKeys.section(section.id()));
        }
        bylines.forEach(byline -> keys.add(ContentKeys.person(byline.personId())));
        return keys;
    }

    /** The keys of a page showing all these cards. */
    public static List<String> keys(java.util.Collection<ArticleSummary> stories) {
        return stories.stream()
                .flatMap(story -> story.keys().stream())
                .distinct()
                .toList();
    }
}
