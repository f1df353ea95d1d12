package news.bulletin.article.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.bulletin.account.Accounts;
import news.bulletin.account.Role;
import news.bulletin.article.ArticleDraft;
import news.bulletin.article.ArticleWorkflow;
import news.bulletin.article.Section;
import news.bulletin.article.Taxonomy;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import news.bulletin.platform.Installation;
import news.bulletin.shared.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a new site with a small edition written for the project, so that every page has something
 * on it: five sections, four writers, twelve stories with their images. Runs once per database,
 * before the server accepts requests, and not at all with {@code bulletin.sample-content=false}.
 */
@Component
class SampleEdition implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(SampleEdition.class);
    private static final String IMAGE_KEYS = "sample/";

    private static final List<SampleSection> SECTIONS = List.of(
            new SampleSection(
                    "World",
                    "world",
                    "Reporting from every region: diplomacy, conflict, climate and the people caught up in them."),
            new SampleSection("Politics", "politics", "Parliaments, parties and the decisions that shape public life."),
            new SampleSection("Business", "business", "Markets, trade, work and the companies that employ us."),
            new SampleSection(
                    "Science", "science", "Research and discovery, from the ocean floor to the laboratory bench."),
            new SampleSection("Culture", "culture", "Art, books, music and the places where a city meets to think."));

    private static final List<SampleWriter> WRITERS = List.of(
            new SampleWriter(
                    "maya-okafor",
                    "Maya Okafor",
                    Role.EDITOR,
                    "Maya Okafor is Bulletin's business editor. She has covered ports, shipping and labour for twelve years."),
            new SampleWriter(
                    "daniel-reyes",
                    "Daniel Reyes",
                    Role.AUTHOR,
                    "Daniel Reyes reports on the Northern Assembly, housing and transport."),
            new SampleWriter(
                    "ingrid-halvorsen",
                    "Ingrid Halvorsen",
                    Role.AUTHOR,
                    "Ingrid Halvorsen writes about energy, elections and the politics of climate."),
            new SampleWriter(
                    "samuel-achterberg",
                    "Samuel Achterberg",
                    Role.AUTHOR,
                    "Samuel Achterberg is Bulletin's science correspondent, with a soft spot for libraries."));

    private final Installation installation;
    private final TransactionTemplate transactions;
    private final Taxonomy taxonomy;
    private final Accounts accounts;
    private final MediaLibrary media;
    private final ArticleWorkflow workflow;
    private final SiteProperties site;
    private final Clock clock;

    SampleEdition(
            Installation installation,
            TransactionTemplate transactions,
            Taxonomy taxonomy,
            Accounts accounts,
            MediaLibrary media,
            ArticleWorkflow workflow,
            SiteProperties site,
            Clock clock) {
        this.installation = installation;
        this.transactions = transactions;
        this.taxonomy = taxonomy;
        this.accounts = accounts;
        this.media = media;
        this.workflow = workflow;
        this.site = site;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (installation.isInstalled()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            if (installation.record(site.sampleContent()) && site.sampleContent()) {
                load();
            }
        });
    }

    private void load() {
        Map<String, Long> sections = new HashMap<>();
        for (int i = 0; i < SECTIONS.size(); i++) {
            SampleSection s = SECTIONS.get(i);
            Section section = taxonomy.addSection(s.name(), s.slug(), s.description(), i + 1);
            sections.put(section.slug(), section.id());
        }
        Map<String, Long> writers = new HashMap<>();
        WRITERS.forEach(w -> writers.put(
                w.slug(), accounts.addStaffProfile(w.name(), w.bio(), w.role()).id()));
        Map<String, byte[]> bundled = new LinkedHashMap<>();
        for (Resource image : resources("classpath:sample/images/*.jpg")) {
            bundled.put(IMAGE_KEYS + image.getFilename(), bytes(image));
        }
        Map<String, Media> images = new HashMap<>();
        media.addBundledImages(bundled).forEach((key, image) -> images.put(key.substring(IMAGE_KEYS.length()), image));
        List<Resource> files = resources("classpath:sample/articles/*.md");
        Instant now = clock.instant();
        for (Resource file : files) {
            SampleArticle sample = SampleArticle.parse(new String(bytes(file), StandardCharsets.UTF_8));
            Media hero = images.get(sample.field("hero"));
            if (hero != null && !hero.hasAlt()) {
                images.put(
                        sample.field("hero"),
                        media.describe(
                                hero.id(),
                                sample.field("hero_alt"),
                                sample.field("hero_caption"),
                                sample.field("hero_credit")));
            }
            long id = workflow.createDraft(draft(sample, sections, writers, images));
            Duration age = sample.hoursAgo("published_hours_ago");
            workflow.publish(id, now.minus(age == null ? Duration.ZERO : age));
            Duration update = sample.hoursAgo("updated_hours_ago");
            if (update != null) {
                workflow.markUpdated(id, now.minus(update));
            }
        }
        log.info(
                "Loaded the sample edition: {} sections, {} writers, {} stories",
                sections.size(),
                writers.size(),
                files.size());
    }

    private static ArticleDraft draft(
            SampleArticle sample, Map<String, Long> sections, Map<String, Long> writers, Map<String, Media> images) {
        Media hero = images.get(sample.field("hero"));
        return new ArticleDraft(
                sample.field("headline"),
                sample.field("slug"),
                sample.field("dek"),
                sample.body(),
                sections.get(sample.field("section")),
                sample.list("tags"),
                sample.list("authors").stream().map(writers::get).toList(),
                hero == null ? null : hero.id(),
                sample.field("hero_alt"),
                sample.field("hero_caption"),
                sample.field("hero_credit"),
                !"off".equals(sample.field("comments")));
    }

    private static List<Resource> resources(String pattern) {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources(pattern))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pattern, e);
        }
    }

    private static byte[] bytes(Resource resource) {
        try (var input = resource.getInputStream()) {
            return input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getFilename(), e);
        }
    }

    private record SampleSection(String name, String slug, String description) {}

    private record SampleWriter(String slug, String name, Role role, String bio) {}
}
