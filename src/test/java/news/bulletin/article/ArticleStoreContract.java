package news.bulletin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import news.bulletin.account.People;
import news.bulletin.account.Person;
import news.bulletin.media.MediaLibrary;
import news.bulletin.shared.PageNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Every article query, run against a real database: {@link SqliteArticleStoreTests} and
 * {@link PostgresArticleStoreTests} run the same cases.
 */
@SpringBootTest(properties = "bulletin.sample-content=false")
abstract class ArticleStoreContract {
    @Autowired
    ApplicationContext context;

    @Autowired
    Articles articles;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    Sections sections;

    @Autowired
    People people;

    @Autowired
    MediaLibrary media;

    @Autowired
    Clock clock;

    TestArticles test;
    Section world;
    Person writer;

    @BeforeEach
    void setUp() {
        test = new TestArticles(context);
        world = test.section("World");
        writer = test.writer("Ada Brandt");
    }

    @Test
    void listsPublishedStoriesNewestFirstAndHidesTheRest() {
        long older = test.article("Older story")
                .in(world)
                .publishedAgo(Duration.ofHours(5))
                .published();
        long newer = test.article("Newer story")
                .in(world)
                .publishedAgo(Duration.ofHours(1))
                .published();
        test.article("A draft").in(world).draft();
        long withdrawn = test.article("Withdrawn").in(world).published();
        workflow.unpublish(withdrawn);

        var page = articles.pageOfSection(world, PageNumber.FIRST);

        assertThat(page.items()).extracting(ArticleSummary::id).containsExactly(newer, older);
        assertThat(page.totalItems()).isEqualTo(2);
    }

    @Test
    void pagesThroughASectionTwentyAtATime() {
        for (int i = 0; i < 25; i++) {
            test.article("Story " + i)
                    .in(world)
                    .publishedAgo(Duration.ofMinutes(100 - i))
                    .published();
        }

        var first = articles.pageOfSection(world, PageNumber.FIRST);
        var second = articles.pageOfSection(world, new PageNumber(2));

        assertThat(first.items()).hasSize(20);
        assertThat(first.items().get(0).headline()).isEqualTo("Story 24");
        assertThat(second.items())
                .extracting(ArticleSummary::headline)
                .containsExactly("Story 4", "Story 3", "Story 2", "Story 1", "Story 0");
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
    }

    @Test
    void findsStoriesByTagAndByAuthorWithOrderedBylines() {
        Person second = test.writer("Ben Okoye");
        long both = test.article("Joint story")
                .in(world)
                .tagged("Climate", "Oceans")
                .by(writer, second)
                .published();
        test.article("Other story").in(world).tagged("Trade").by(second).published();

        var climate = sections.findTagBySlug("climate").orElseThrow();
        assertThat(articles.pageOfTag(climate, PageNumber.FIRST).items())
                .extracting(ArticleSummary::id)
                .containsExactly(both);
        assertThat(articles.pageOfAuthor(writer.id(), PageNumber.FIRST).items())
                .singleElement()
                .satisfies(story -> assertThat(story.bylines())
                        .extracting(Byline::name)
                        .containsExactly("Ada Brandt", "Ben Okoye"));
        assertThat(articles.pageOfAuthor(second.id(), PageNumber.FIRST).totalItems())
                .isEqualTo(2);
    }

    @Test
    void findsAnArticleByItsDateAndSlugWithTagsAndSection() {
        var saved = test.article("Found story")
                .in(world)
                .tagged("Courts")
                .by(writer)
                .publish();
        LocalDate date = dateOf(saved.path());

        var lookup = articles.findPublished(date, slugOf(saved.path()));

        assertThat(lookup).isInstanceOfSatisfying(ArticleLookup.Found.class, found -> {
            assertThat(found.article().headline()).isEqualTo("Found story");
            assertThat(found.article().section()).isEqualTo(world);
            assertThat(found.article().tags()).extracting(Tag::name).containsExactly("Courts");
            assertThat(found.article().bodyHtml()).contains("<strong>news</strong>");
        });
    }

    @Test
    void sendsOldSlugsAndWrongDatesToTheCurrentAddress() {
        var saved = test.article("Renamed story").in(world).publish();
        LocalDate date = dateOf(saved.path());
        workflow.changeSlug(saved.id(), "renamed-story-new");

        assertThat(articles.findPublished(date, slugOf(saved.path())))
                .isEqualTo(new ArticleLookup.Moved(saved.path().replace(slugOf(saved.path()), "renamed-story-new")));
        assertThat(articles.findPublished(date.minusDays(3), "renamed-story-new"))
                .isEqualTo(new ArticleLookup.Moved(saved.path().replace(slugOf(saved.path()), "renamed-story-new")));
        assertThat(articles.findPublished(date, "never-existed")).isInstanceOf(ArticleLookup.Missing.class);
    }

    @Test
    void hidesDraftsAndUnpublishedArticlesFromReaders() {
        var draft = test.article("Secret draft");
        draft.in(world).draft();
        var withdrawn = test.article("Withdrawn story").in(world).publish();
        workflow.unpublish(withdrawn.id());

        assertThat(articles.findPublished(LocalDate.now(ZoneOffset.UTC), draft.slug()))
                .isInstanceOf(ArticleLookup.Missing.class);
        assertThat(articles.findPublished(dateOf(withdrawn.path()), slugOf(withdrawn.path())))
                .isInstanceOf(ArticleLookup.Missing.class);
    }

    @Test
    void linksThePreviousAndNextStoryInTheSameSection() {
        long lateDraft = test.article("Tagged with an old name")
                .in(world)
                .tagged("Ferries", "Boats")
                .draft();
        assertThat(sections.findTagBySlug("ferries"))
                .as("a merged tag does not come back")
                .isEmpty();
        assertThat(sections.findTagBySlug("boats")).as("nor does a renamed one").isEmpty();
        assertThat(context.getBean(TagRepository.class).forArticle(lateDraft))
                .extracting(Tag::slug)
                .containsExactly("vessels");

        Section culture = test.section("Culture");
        test.article("Oldest").in(world).publishedAgo(Duration.ofHours(3)).published();
        test.article("Elsewhere").in(culture).publishedAgo(Duration.ofHours(2)).published();
        var middle = test.article("Middle")
                .in(world)
                .publishedAgo(Duration.ofHours(2))
                .publish();
        test.article("Newest").in(world).publishedAgo(Duration.ofHours(1)).published();

        var article =
                ((ArticleLookup.Found) articles.findPublished(dateOf(middle.path()), slugOf(middle.path()))).article();
        var neighbours = articles.neighbours(article);

        assertThat(neighbours.previous().headline()).isEqualTo("Oldest");
        assertThat(neighbours.next().headline()).isEqualTo("Newest");
    }

    @Test
    void keepsSectionsInNavigationOrder() {
        Section first = test.section("Zeta");
        Section second = test.section("Alpha");

        List<Section> all = sections.all();

        assertThat(all.indexOf(first)).isLessThan(all.indexOf(second));
        assertThat(sections.findBySlug(second.slug())).contains(second);
    }

    @Test
    void attachesTheHeroImageWithItsSizeAndWords() throws Exception {
        String key = "test/hero-" + System.nanoTime() + ".png";
        var image = media.addBundledImages(Map.of(key, png(64, 36))).get(key);
        String slug = "with-a-picture-" + System.nanoTime();
        long id = workflow.createDraft(new ArticleDraft(
                "With a picture",
                slug,
                "",
                "Body.",
                world.id(),
                List.of(),
                List.of(writer.id()),
                image.id(),
                "Cranes at dusk",
                "The quay",
                "Photo: Test",
                true));
        workflow.publish(id, clock.instant());

        var found = (ArticleLookup.Found)
                articles.findPublished(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC), slug);
        var hero = found.article().hero();

        assertThat(hero)
                .isEqualTo(new HeroImage(
                        image.url(),
                        image.url() + " 64w",
                        image.url(),
                        64,
                        36,
                        "Cranes at dusk",
                        "The quay",
                        "Photo: Test"));
        assertThat(image.contentType()).as("an opaque image is stored as JPEG").isEqualTo("image/jpeg");
    }

    @Test
    void renamesMergesAndReordersTheTaxonomyAndListsTheDesk() {
        var editor = new news.bulletin.audit.Auditor(writer.id(), writer.name());
        Tagging tagging = context.getBean(Tagging.class);
        Taxonomy taxonomy = context.getBean(Taxonomy.class);
        Desk desk = context.getBean(Desk.class);
        test.article("Tagged one").in(world).tagged("Ferries").published();
        test.article("Tagged both").in(world).tagged("Ferries", "Boats").published();
        long ferries = sections.findTagBySlug("ferries").orElseThrow().id();
        long boats = sections.findTagBySlug("boats").orElseThrow().id();

        tagging.merge(editor, ferries, boats);
        assertThat(tagging.findByOldSlug("ferries")).map(Tag::id).contains(boats);
        assertThat(articles.pageOfTag(sections.findTagBySlug("boats").orElseThrow(), PageNumber.FIRST)
                        .totalItems())
                .isEqualTo(2);
        assertThat(tagging.rename(editor, boats, "Vessels").done()).isTrue();
        assertThat(tagging.findByOldSlug("boats")).map(Tag::slug).contains("vessels");
        assertThat(tagging.list(PageNumber.FIRST).items())
                .filteredOn(use -> use.tag().slug().equals("vessels"))
                .singleElement()
                .satisfies(use -> assertThat(use.stories()).isEqualTo(2));

        long lateDraft = test.article("Tagged with an old name")
                .in(world)
                .tagged("Ferries", "Boats")
                .draft();
        assertThat(sections.findTagBySlug("ferries"))
                .as("a merged tag does not come back")
                .isEmpty();
        assertThat(sections.findTagBySlug("boats")).as("nor does a renamed one").isEmpty();
        assertThat(context.getBean(TagRepository.class).forArticle(lateDraft))
                .extracting(Tag::slug)
                .containsExactly("vessels");

        Section culture = test.section("Culture");
        assertThat(taxonomy.changeSection(editor, culture.id(), "Arts", "arts-" + culture.id(), "")
                        .done())
                .isTrue();
        assertThat(taxonomy.findByOldSlug(culture.slug())).map(Section::name).contains("Arts");
        int before = sections.all().stream().map(Section::id).toList().indexOf(culture.id());
        taxonomy.moveSection(editor, culture.id(), true);
        assertThat(sections.all().stream().map(Section::id).toList().indexOf(culture.id()))
                .isEqualTo(before - 1);

        long draft = test.article("On the desk").in(world).by(writer).draft();
        assertThat(desk.draftsBy(writer.id(), 10)).extracting(DeskItem::id).contains(draft);
        long later = test.article("Later").in(world).draft();
        workflow.schedule(later, clock.instant().plus(java.time.Duration.ofDays(1)));
        assertThat(desk.scheduled(10)).extracting(DeskItem::id).contains(later);
        assertThat(desk.recentlyPublished(10)).extracting(DeskItem::headline).contains("Tagged both");
    }

    private static byte[] png(int width, int height) throws Exception {
        var bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    private static LocalDate dateOf(String path) {
        String[] parts = path.split("/");
        return LocalDate.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
    }

    private static String slugOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
