package news.bulletin.frontpage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.bulletin.article.ArticleSummary;
import news.bulletin.article.Articles;
import news.bulletin.article.Sections;
import org.springframework.stereotype.Service;

/**
 * Lays out the home page from what is published: the newest story with an image leads, the next
 * few sit under it, and each section shows its newest stories that are not already above.
 */
@Service
public class FrontPageEditor {
    static final int SECONDARY = 3;
    static final int PER_SECTION = 4;
    static final int LATEST = 10;

    private final Articles articles;
    private final Sections sections;

    FrontPageEditor(Articles articles, Sections sections) {
        this.articles = articles;
        this.sections = sections;
    }

    public FrontPage frontPage() {
        List<ArticleSummary> latest = articles.latest(LATEST);
        if (latest.isEmpty()) {
            return new FrontPage(null, List.of(), List.of(), List.of());
        }
        ArticleSummary lead =
                latest.stream().filter(s -> s.hero() != null).findFirst().orElse(latest.get(0));
        List<ArticleSummary> secondary = latest.stream()
                .filter(s -> s.id() != lead.id())
                .limit(SECONDARY)
                .toList();
        Set<Long> shown = new HashSet<>();
        shown.add(lead.id());
        secondary.forEach(s -> shown.add(s.id()));
        List<FrontPage.SectionBlock> blocks = sections.all().stream()
                .map(section -> new FrontPage.SectionBlock(
                        section,
                        articles.latestInSection(section, PER_SECTION + shown.size()).stream()
                                .filter(s -> !shown.contains(s.id()))
                                .limit(PER_SECTION)
                                .toList()))
                .filter(block -> !block.stories().isEmpty())
                .toList();
        return new FrontPage(lead, secondary, blocks, latest);
    }
}
