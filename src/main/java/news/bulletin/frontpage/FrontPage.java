package news.bulletin.frontpage;

import java.util.List;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.Section;
import org.jspecify.annotations.Nullable;

/**
 * The home page.
 *
 * @param lead the top story, shown large with its image; null when nothing is published yet
 * @param secondary the next stories under the lead
 * @param sections one block per section with its latest stories not already shown above
 * @param latest every section's newest stories, as a list of headlines
 */
public record FrontPage(
        @Nullable ArticleSummary lead,
        List<ArticleSummary> secondary,
        List<SectionBlock> sections,
        List<ArticleSummary> latest) {

    public boolean isEmpty() {
        return lead == null;
    }

    /** Every story the page shows, once each. */
    public List<ArticleSummary> stories() {
        List<ArticleSummary> all = new java.util.ArrayList<>();
        if (lead != null) {
            all.add(lead);
        }
        all.addAll(secondary);
        sections.forEach(block -> all.addAll(block.stories()));
        all.addAll(latest);
        return all.stream().distinct().toList();
    }

    /** A section's block on the home page. */
    public record SectionBlock(Section section, List<ArticleSummary> stories) {}
}
