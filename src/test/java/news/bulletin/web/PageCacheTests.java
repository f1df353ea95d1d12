package news.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import news.bulletin.account.Account;
import news.bulletin.account.AccountSettings;
import news.bulletin.account.Person;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.ArticleEditing;
import news.bulletin.article.ArticleWorkflow;
import news.bulletin.article.Section;
import news.bulletin.article.Sections;
import news.bulletin.article.Staffer;
import news.bulletin.article.Tagging;
import news.bulletin.article.Taxonomy;
import news.bulletin.article.TestArticles;
import news.bulletin.audit.Auditor;
import news.bulletin.comment.CommentModeration;
import news.bulletin.popularity.MostPopular;
import news.bulletin.popularity.ViewCounter;
import news.bulletin.support.Http;
import news.bulletin.support.MovableClock;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The page cache: validators and 304s, exact eviction for every kind of change (the pages that show
 * it render again, a page that does not is still a cache hit), one render for many concurrent
 * misses, and personal slots that never leak one reader's values to another.
 */
@SiteTest
class PageCacheTests {
    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0";

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "page-cache");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("bulletin.scheduling.interval", () -> "200ms");
        registry.add("bulletin.settings.refresh", () -> "200ms");
        registry.add("bulletin.popularity.flush-interval", () -> "1h");
        registry.add("bulletin.popularity.refresh", () -> "1h");
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    PageCache cache;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    TestArticles test;

    /** A corner of the site that none of the changes below touch: its own section, tag and writer. */
    Island island;

    record Island(String tagPage, String tagFeed, String storyPath, String headline) {}

    @BeforeEach
    void buildAnIsland() {
        test = new TestArticles(context);
        String name = "Island " + System.nanoTime();
        var story = test.article("Quiet story on " + name)
                .in(test.section(name))
                .by(test.writer("Writer of " + name))
                .tagged(name)
                .publishedAgo(Duration.ofDays(400))
                .publish();
        String tag = "/tag/" + news.bulletin.shared.Slugs.of(name);
        island = new Island(tag, tag + "/feed.xml", story.path(), "Quiet story on " + name);
        assertThat(get(island.tagPage()).body()).contains(island.headline());
        assertThat(get(island.tagFeed()).body()).contains(island.headline());
        assertThat(get(island.storyPath()).body()).contains(island.headline());
    }

    @Test
    void aCachedPageCarriesValidatorsAndAnswersConditionalRequestsWith304() throws IOException {
        var story = test.article("Validated story").publish();
        var first = get(story.path());
        var second = get(story.path());

        assertThat(second.body()).isEqualTo(first.body());
        String etag = second.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
        assertThat(second.headers().firstValue("Last-Modified")).isPresent();
        assertThat(second.headers().firstValue("Cache-Control"))
                .contains("public, max-age=60, stale-while-revalidate=600");
        assertThat(second.headers().firstValue("Vary")).contains("Accept-Encoding, Cookie");
        assertThat(second.headers().firstValue("Surrogate-Key").orElseThrow().split(" "))
                .contains("article:" + story.id(), "site", "latest", "comments:" + story.id());
        assertThat(second.headers().firstValue("Content-Security-Policy")).isPresent();

        var unchanged = get(story.path(), "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(get(story.path(), "If-None-Match", "\"other\", " + etag).statusCode())
                .isEqualTo(304);
        assertThat(get(
                                story.path(),
                                "If-Modified-Since",
                                second.headers().firstValue("Last-Modified").orElseThrow())
                        .statusCode())
                .isEqualTo(304);
        assertThat(get(story.path(), "If-None-Match", "\"stale\"").statusCode()).isEqualTo(200);
        assertThat(get(story.path(), "If-None-Match", "\"x\"".repeat(1_000)).statusCode())
                .as("a huge If-None-Match gets the page")
                .isEqualTo(200);

        HttpResponse<byte[]> zipped = bytes(story.path(), "Accept-Encoding", "gzip, deflate, br");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.body());
        }
        for (String odd : List.of("gzip;q=0", "identity", "x".repeat(2_000), "*;q=0, br")) {
            HttpResponse<byte[]> plain = bytes(story.path(), "Accept-Encoding", odd);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(odd).isEmpty();
            assertThat(new String(plain.body(), StandardCharsets.UTF_8)).isEqualTo(first.body());
        }
        assertThat(first.body()).doesNotContain("<!--slot-").doesNotContain(Slots.NONCE);
    }

    @Test
    void publishingAStoryRendersTheListsItJoinsAndLeavesOtherPagesCached() {
        Section section = test.section("Publishing desk");
        var older = test.article("Older story in the desk").in(section).publish();
        get("/");
        get(section.path());
        get(older.path());

        var story = test.article("Fresh story just out").in(section).publish();

        assertRendered("/", body -> assertThat(body).contains("Fresh story just out"));
        assertRendered(section.path(), body -> assertThat(body).contains("Fresh story just out"));
        assertRendered(older.path(), body -> assertThat(body).contains("Fresh story just out"));
        assertThat(get(story.path()).statusCode()).isEqualTo(200);
        assertStillCached(island.tagPage());
        assertStillCached(island.tagFeed());
    }

    @Test
    void updatingAStoryRendersThePagesShowingItOnly() {
        Section section = test.section("Update desk");
        var story = test.article("Headline before the update").in(section).publish();
        get(story.path());
        get(section.path());
        get("/feed.xml");

        test.retitle(story.id(), "Headline after the update");

        assertRendered(story.path(), body -> assertThat(body).contains("Headline after the update"));
        assertRendered(section.path(), body -> assertThat(body).contains("Headline after the update"));
        assertRendered("/feed.xml", body -> assertThat(body).contains("Headline after the update"));
        assertStillCached(island.tagPage());
        assertStillCached(island.tagFeed());
    }

    @Test
    void unpublishingOrDeletingAStoryTakesItOffEveryPageThatShowedIt() {
        Section section = test.section("Withdrawn desk");
        var story = test.article("Story to withdraw").in(section).publish();
        get(story.path());
        get(section.path());
        get("/");

        Account editor = new TestAccounts(context).create(Role.EDITOR);
        var staffer = new Staffer(editor.id(), editor.name(), Role.EDITOR);
        ArticleEditing editing = context.getBean(ArticleEditing.class);
        editing.unpublish(staffer, story.id());

        assertThat(get(story.path()).statusCode()).isEqualTo(404);
        assertRendered(section.path(), body -> assertThat(body).doesNotContain("Story to withdraw"));
        assertRendered("/", body -> assertThat(body).doesNotContain("Story to withdraw"));
        assertStillCached(island.tagPage());

        editing.delete(staffer, story.id());
        assertThat(get(story.path()).statusCode()).isEqualTo(404);
        assertStillCached(section.path());
        assertStillCached(island.tagPage());
    }

    @Test
    void anApprovedOrDeletedCommentRendersItsStoryAgain() {
        var story = test.article("Story with a debate").publish();
        get(island.storyPath());
        Account reader = new TestAccounts(context).create(Role.READER);
        Http signedIn = Http.signedIn(port, reader.email(), TestAccounts.PASSWORD);
        var posted = comment(
                signedIn,
                Http.csrfToken(signedIn.get(story.path())),
                story.id(),
                "A first comment, held until an editor looks.");
        assertThat(posted.statusCode()).isEqualTo(302);
        long commentId = jdbc.sql("SELECT id FROM comments WHERE article_id = :a")
                .param("a", story.id())
                .query(Long.class)
                .single();
        assertThat(get(story.path()).body()).doesNotContain("A first comment");
        assertStillCached(story.path());

        context.getBean(CommentModeration.class).approve(List.of(commentId));
        assertRendered(story.path(), body -> assertThat(body).contains("A first comment, held until an editor looks."));
        assertStillCached(island.storyPath());

        context.getBean(CommentModeration.class).delete(List.of(commentId));
        assertRendered(story.path(), body -> assertThat(body).doesNotContain("A first comment"));
        assertStillCached(island.storyPath());
    }

    @Test
    void renamingASectionATagOrAPersonRendersThePagesThatNameThem() {
        Section section = test.section("Desk to rename");
        Person writer = test.writer("Writer To Rename");
        var story = test.article("Story under names")
                .in(section)
                .by(writer)
                .tagged("Topic to rename")
                .publish();
        String tagPage = "/tag/topic-to-rename";
        get(story.path());
        get(tagPage);
        get(island.storyPath());

        context.getBean(Taxonomy.class)
                .changeSection(Auditor.SITE, section.id(), "Renamed desk", section.slug(), "New words.");
        assertRendered(story.path(), body -> assertThat(body).contains("Renamed desk"));
        assertRendered(
                island.storyPath(),
                body -> assertThat(Jsoup.parse(body).select(".section-nav").text())
                        .as("every page carries the section navigation")
                        .contains("Renamed desk"));
        assertStillCached(island.tagFeed());
        get(island.tagPage());

        long tagId = context.getBean(Sections.class)
                .findTagBySlug("topic-to-rename")
                .orElseThrow()
                .id();
        context.getBean(Tagging.class).rename(Auditor.SITE, tagId, "Topic renamed");
        assertRendered(story.path(), body -> assertThat(body).contains("Topic renamed"));
        assertStillCached(island.tagPage());
        assertStillCached(island.storyPath());

        context.getBean(AccountSettings.class).rename(writer.id(), "Writer Renamed");
        assertRendered(story.path(), body -> assertThat(body).contains("Writer Renamed"));
        assertStillCached(island.tagPage());
    }

    @Test
    void aChangedSettingRendersThePagesThatShowIt() {
        var story = test.article("Story in a feed")
                .body("The whole body of the story in a feed.")
                .publish();
        get("/feed.xml");
        get(story.path());
        assertThat(get("/feed.xml").body()).doesNotContain("The whole body of the story");

        store("feed-content", "full");
        awaitRendered("/feed.xml", body -> body.contains("The whole body of the story"));
        assertStillCached(story.path());
        assertStillCached(island.tagPage());

        store("site-name", "The Evening Cache");
        awaitRendered(island.tagPage(), body -> body.contains("The Evening Cache"));
        assertRendered(story.path(), body -> assertThat(body).contains("The Evening Cache"));
        jdbc.sql("DELETE FROM site_settings").update();
        awaitRendered(island.tagPage(), body -> !body.contains("The Evening Cache"));
    }

    @Test
    void aScheduledStoryGoingLiveJoinsTheListsAtOnce() {
        Section section = test.section("Scheduled desk");
        get("/");
        get(section.path());
        long id = test.article("Story out on schedule").in(section).draft();
        context.getBean(ArticleWorkflow.class).schedule(id, clock.instant().plus(Duration.ofMinutes(5)));
        assertStillCached("/");

        clock.advance(Duration.ofMinutes(6));
        awaitRendered("/", body -> body.contains("Story out on schedule"));
        assertRendered(section.path(), body -> assertThat(body).contains("Story out on schedule"));
        assertStillCached(island.tagPage());
    }

    @Test
    void mostPopularChangingRendersThePagesThatShowIt() {
        var story = test.article("Story everyone reads").publish();
        MostPopular popular = context.getBean(MostPopular.class);
        popular.refresh();
        get("/");
        get(story.path());

        Http reader = new Http(port);
        for (int i = 0; i < 3; i++) {
            reader.post("/popularity/view", Map.of("a", String.valueOf(story.id())), "User-Agent", BROWSER);
        }
        context.getBean(ViewCounter.class).flush();
        popular.refresh();

        assertRendered(
                "/",
                body -> assertThat(Jsoup.parse(body).select(".popular").text()).contains("Story everyone reads"));
        assertRendered(
                story.path(),
                body -> assertThat(Jsoup.parse(body).select(".popular").text()).contains("Story everyone reads"));
        assertStillCached(island.tagPage());

        popular.refresh();
        assertStillCached("/");
    }

    @Test
    void manyReadersMissingTheSamePageAtOnceRenderItOnce() throws Exception {
        var story = test.article("Story gone viral").publish();
        var before = cache.stats();
        int readers = 24;
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Future<String>> pages = new ArrayList<>();
            for (int i = 0; i < readers; i++) {
                pages.add(pool.submit(() -> {
                    start.await();
                    return get(story.path()).body();
                }));
            }
            start.countDown();
            String first = pages.get(0).get();
            for (Future<String> page : pages) {
                assertThat(page.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
        var after = cache.stats();
        assertThat(after.renders() - before.renders()).as("renders").isEqualTo(1);
        assertThat(after.hits() - before.hits()).as("answered from that render").isEqualTo(readers - 1);
    }

    @Test
    void campaignParametersShareTheCachedPageAndPrivatePagesAreNeverCached() {
        var story = test.article("Story shared widely").publish();
        String page = get(story.path()).body();
        long pages = cache.stats().pages();

        for (int i = 0; i < 20; i++) {
            var tagged = get(story.path() + "?utm_source=feed&fbclid=" + i + "&x" + i + "=" + i);
            assertThat(tagged.body()).isEqualTo(page);
        }
        assertThat(cache.stats().pages())
                .as("no new pages for unknown parameters")
                .isEqualTo(pages);

        Account editor = new TestAccounts(context).create(Role.EDITOR);
        Http staff = Http.signedIn(port, editor.email(), TestAccounts.PASSWORD);
        assertThat(staff.get("/newsroom").statusCode()).isEqualTo(200);
        assertThat(staff.get("/account").statusCode()).isEqualTo(200);
        assertThat(get("/login").statusCode()).isEqualTo(200);
        assertThat(get("/login").headers().firstValue("Cache-Control").orElse(""))
                .contains("no-store");
        assertThat(get("/no/such/page").headers().firstValue("Cache-Control").orElse(""))
                .as("error pages are not kept")
                .contains("no-store");
        assertThat(cache.stats().pages()).isEqualTo(pages);
    }

    @Test
    void signedInReadersGetTheirOwnSlotsAndNeverAnotherReadersValues() throws Exception {
        var story = test.article("Story read by many").publish();
        get(story.path());
        TestAccounts accounts = new TestAccounts(context);
        List<Account> people =
                List.of(accounts.create(Role.READER), accounts.create(Role.READER), accounts.create(Role.EDITOR));
        List<Http> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (Account person : people) {
            Http browser = Http.signedIn(port, person.email(), TestAccounts.PASSWORD);
            browsers.add(browser);
            tokens.add(rawToken(Http.csrfToken(browser.get(story.path()))));
            sessions.add(browser.cookies().get("JSESSIONID"));
        }
        Http held = browsers.get(0);
        comment(held, Http.csrfToken(held.get(story.path())), story.id(), "My comment waiting for an editor.");
        long rendersBefore = cache.stats().renders();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int who = 0; who < people.size(); who++) {
                int me = who;
                runs.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < 15; i++) {
                        String body = browsers.get(me).get(story.path()).body();
                        var page = Jsoup.parse(body);
                        assertThat(page.select(".account-links .viewer").text())
                                .isEqualTo(people.get(me).name());
                        assertThat(tokens(body)).isNotEmpty().allMatch(tokens.get(me)::equals);
                        for (int other = 0; other < people.size(); other++) {
                            if (other != me) {
                                assertThat(body)
                                        .doesNotContain(people.get(other).name())
                                        .doesNotContain(people.get(other).email())
                                        .doesNotContain(sessions.get(other));
                            }
                        }
                        assertThat(body.contains("My comment waiting for an editor."))
                                .isEqualTo(me == 0);
                        assertThat(page.select(".staff-bar").text().contains("Edit this article"))
                                .isEqualTo(me == 2);
                        assertThat(page.select("form.comment-form")).hasSize(1);
                    }
                    return null;
                }));
            }
            runs.add(pool.submit((Callable<Void>) () -> {
                for (int i = 0; i < 15; i++) {
                    String body = get(story.path()).body();
                    assertThat(body).contains("Sign in").doesNotContain("name=\"_csrf\"");
                    for (int other = 0; other < people.size(); other++) {
                        assertThat(body)
                                .doesNotContain(people.get(other).name())
                                .doesNotContain(sessions.get(other));
                    }
                    assertThat(body).doesNotContain("My comment waiting");
                }
                return null;
            }));
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.stats().renders())
                .as("signed-in readers were served from the cached page")
                .isEqualTo(rendersBefore);
    }

    @Test
    void aPageFirstAskedForBySignedInReaderIsCachedWithTheSecurityHeaders() {
        var story = test.article("Story a reader opened first").publish();
        Account reader = new TestAccounts(context).create(Role.READER);
        Http browser = Http.signedIn(port, reader.email(), TestAccounts.PASSWORD);
        long renders = cache.stats().renders();

        var personal = browser.get(story.path());
        var anonymous = get(story.path());
        var personalAgain = browser.get(story.path());

        assertThat(cache.stats().renders()).isEqualTo(renders + 1);
        for (var response : List.of(personal, anonymous, personalAgain)) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as("a page a signed-in reader asked for first still carries the security headers")
                    .contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(personalAgain.headers().firstValue("Cache-Control")).contains("private, no-cache");
        assertThat(personalAgain.body()).contains(reader.name()).contains("name=\"_csrf\"");
        assertThat(anonymous.body()).doesNotContain(reader.name()).doesNotContain("name=\"_csrf\"");
    }

    @Test
    void aReadersNewWaitingCommentShowsToThemAtOnceWhileOthersShareTheCachedArea() {
        var story = test.article("Story with a shared comment area").publish();
        get(story.path());
        TestAccounts accounts = new TestAccounts(context);
        Account writer = accounts.create(Role.READER);
        Account other = accounts.create(Role.READER);
        Http writing = Http.signedIn(port, writer.email(), TestAccounts.PASSWORD);
        Http reading = Http.signedIn(port, other.email(), TestAccounts.PASSWORD);
        String otherToken = rawToken(Http.csrfToken(reading.get(story.path())));
        String form = Http.csrfToken(writing.get(story.path()));
        long renders = cache.stats().renders();

        comment(writing, form, story.id(), "Held back for an editor.");

        assertThat(writing.get(story.path()).body()).contains("Held back for an editor.");
        String seenByOther = reading.get(story.path()).body();
        assertThat(seenByOther).doesNotContain("Held back for an editor.");
        assertThat(tokens(seenByOther)).isNotEmpty().allMatch(otherToken::equals);
        assertThat(get(story.path()).body()).doesNotContain("Held back for an editor.");
        assertThat(cache.stats().renders())
                .as("a comment waiting for moderation changes no public page")
                .isEqualTo(renders);
    }

    @Test
    void aSharedCommentAreaIsRenderedForItsGroupNeverForTheReaderAsking() {
        var story = test.article("Story whose shared area is checked").publish();
        Account writer = new TestAccounts(context).create(Role.READER);
        Http writing = Http.signedIn(port, writer.email(), TestAccounts.PASSWORD);
        comment(
                writing,
                Http.csrfToken(writing.get(story.path())),
                story.id(),
                "Only mine until an editor approves it.");
        PageSlot comments = context.getBeansOfType(PageSlot.class).values().stream()
                .filter(slot -> slot.name().equals("comments"))
                .findFirst()
                .orElseThrow();
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setAttribute(
                org.springframework.security.web.csrf.CsrfToken.class.getName(),
                new org.springframework.security.web.csrf.DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "the-token"));
        var person = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                .loadUserByUsername(writer.email());
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                person, null, person.getAuthorities()));
        try {
            String argument = story.id() + ":1";
            assertThat(comments.render(argument, request)).contains("Only mine until an editor approves it.");
            assertThat(comments.renderShared(argument, "CAN_COMMENT", request))
                    .as("rendered for the group even when the reader asking has comments of their own here")
                    .doesNotContain("Only mine until an editor approves it.")
                    .doesNotContain("/edit\"")
                    .doesNotContain("/delete\"")
                    .contains("value=\"the-token\"");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void assetsHaveFingerprintedNamesAreCompressedAtBuildTimeAndKeptForAYear() throws IOException {
        var page = Jsoup.parse(get("/").body());
        String css = page.select("link[rel=stylesheet]").attr("href");
        String js = page.select("script[src]").attr("src");
        assertThat(css).matches("/assets/site-[0-9a-f]{32}\\.css");
        assertThat(js).matches("/assets/site-[0-9a-f]{32}\\.js");

        HttpResponse<byte[]> zipped = bytes(css, "Accept-Encoding", "gzip");
        assertThat(zipped.statusCode()).isEqualTo(200);
        assertThat(zipped.headers().firstValue("Cache-Control").orElseThrow())
                .contains("max-age=31536000", "public", "immutable");
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var built = getClass().getResourceAsStream("/static/assets/site.css.gz")) {
            assertThat(built).as("the gzip copy made by the build").isNotNull();
            assertThat(zipped.body()).isEqualTo(built.readAllBytes());
        }
        HttpResponse<byte[]> plain = bytes(css);
        try (var source = getClass().getResourceAsStream("/static/assets/site.css")) {
            assertThat(plain.body()).isEqualTo(source.readAllBytes());
        }
    }

    /** The CSRF tokens a page's forms carry, unmasked: Spring Security masks a token anew for every page. */
    private static List<String> tokens(String body) {
        return Jsoup.parse(body).select("input[name=_csrf]").stream()
                .map(input -> rawToken(input.val()))
                .toList();
    }

    private static String rawToken(String masked) {
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(masked);
        int half = bytes.length / 2;
        byte[] raw = new byte[half];
        for (int i = 0; i < half; i++) {
            raw[i] = (byte) (bytes[i] ^ bytes[half + i]);
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    private void store(String name, String value) {
        jdbc.sql("""
                        INSERT INTO site_settings (name, value, changed_at) VALUES (:name, :value, :now)
                        ON CONFLICT (name) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at
                        """)
                .param("name", name)
                .param("value", value)
                .param("now", Instant.now().toEpochMilli())
                .update();
    }

    /** Posts a comment as a signed-in reader's browser does, with the form token of the story's page. */
    private static HttpResponse<String> comment(Http browser, String formToken, long storyId, String body) {
        return browser.post(
                "/comments", Map.of("_csrf", formToken, "articleId", String.valueOf(storyId), "body", body));
    }

    private HttpResponse<String> get(String path, String... headers) {
        return new Http(port).get(path, headers);
    }

    private HttpResponse<byte[]> bytes(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next request renders the page afresh, and what it shows passes the check. */
    private void assertRendered(String path, java.util.function.Consumer<String> check) {
        long renders = cache.stats().renders();
        long hits = cache.stats().hits();
        var page = get(path);
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        assertThat(cache.stats().hits()).as("hits for " + path).isEqualTo(hits);
        assertThat(cache.stats().renders()).as("renders for " + path).isEqualTo(renders + 1);
        check.accept(page.body());
    }

    /** The page is answered from the cache, unchanged. */
    private void assertStillCached(String path) {
        long hits = cache.stats().hits();
        long renders = cache.stats().renders();
        assertThat(get(path).statusCode()).as(path).isEqualTo(200);
        assertThat(cache.stats().renders()).as("renders for " + path).isEqualTo(renders);
        assertThat(cache.stats().hits()).as("hits for " + path).isEqualTo(hits + 1);
    }

    /** For changes another thread carries out: waits until the page renders with the change. */
    private void awaitRendered(String path, java.util.function.Predicate<String> changed) {
        Supplier<String> body = () -> get(path).body();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!changed.test(body.get())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " did not change");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
