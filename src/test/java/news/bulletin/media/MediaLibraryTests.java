package news.bulletin.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import news.bulletin.web.ErrorLeakAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The media library over HTTP, with real image files and hostile ones made here. */
@SiteTest
class MediaLibraryTests {
    private static Path dataDir;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        dataDir = TestDatabases.useSqlite(registry, "media");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadedPhotoIsReEncodedWithoutItsLocationAndServedInThreeSmallerWidths() throws Exception {
        Http staff = signIn(Role.CONTRIBUTOR);
        byte[] photo = TestImages.jpegWithLocation(2400, 1350, "SECRET-HOME-ADDRESS");

        var answer = staff.upload("/newsroom/media", "file", "IMG_2041.JPG", "image/jpeg", photo);

        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*/newsroom/media/(\\d+).*", "$1"));
        Media media = context.getBean(MediaLibrary.class).find(id);
        assertThat(media.contentType()).isEqualTo("image/jpeg");
        assertThat(media.width()).isEqualTo(2400);
        assertThat(media.variantWidths()).containsExactly(480, 960, 1600);
        assertThat(media.alt()).as("described after upload").isEmpty();

        byte[] stored = get(media.url());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain("SECRET-HOME-ADDRESS")
                .doesNotContain("GPSLatitude")
                .doesNotContain("Exif");
        for (int width : List.of(480, 960, 1600)) {
            var copy = ImageIO.read(new ByteArrayInputStream(get(media.url(width))));
            assertThat(copy.getWidth()).isEqualTo(width);
            assertThat(copy.getHeight()).isEqualTo(width * 1350 / 2400);
        }
        assertThat(media.srcset())
                .isEqualTo(media.url(480) + " 480w, " + media.url(960) + " 960w, " + media.url(1600) + " 1600w, "
                        + media.url() + " 2400w");

        Document item = Jsoup.parse(staff.get(path(location)).body());
        assertThat(item.select(".notice").text()).contains("alt text is needed");
        assertThat(item.select("figcaption").text()).contains("IMG_2041.JPG");
    }

    @Test
    void aPhotoTakenUprightIsStoredUpright() throws Exception {
        Http staff = signIn(Role.AUTHOR);
        Media turned = context.getBean(MediaLibrary.class)
                .find(uploaded(staff, "portrait.jpg", TestImages.jpegWithOrientation(800, 600, 6)));
        assertThat(turned.width()).isEqualTo(600);
        assertThat(turned.height()).isEqualTo(800);
        var stored = ImageIO.read(new ByteArrayInputStream(get(turned.url())));
        assertThat(stored.getWidth()).isEqualTo(600);
        assertThat(stored.getHeight()).isEqualTo(800);
    }

    @Test
    void aBundledPhotoIsKeptAsShippedWithItsCopiesAndOneNeedingATurnIsTurned() throws Exception {
        byte[] shipped = TestImages.jpeg(1200, 675);
        byte[] sideways = TestImages.jpegWithOrientation(800, 600, 6);
        String key = "test/bundled-" + System.nanoTime() + ".jpg";
        String turnedKey = "test/bundled-turned-" + System.nanoTime() + ".jpg";

        Map<String, Media> stored =
                context.getBean(MediaLibrary.class).addBundledImages(Map.of(key, shipped, turnedKey, sideways));

        Media kept = stored.get(key);
        assertThat(kept.key()).isEqualTo(key);
        assertThat(get(kept.url())).as("stored byte for byte").isEqualTo(shipped);
        assertThat(kept.variantWidths()).containsExactly(480, 960);
        assertThat(ImageIO.read(new ByteArrayInputStream(get(kept.url(480)))).getWidth())
                .isEqualTo(480);
        Media turned = stored.get(turnedKey);
        var upright = ImageIO.read(new ByteArrayInputStream(get(turned.url())));
        assertThat(upright.getWidth()).isEqualTo(600);
        assertThat(upright.getHeight()).isEqualTo(800);
    }

    @Test
    void onlyEditorsDeleteEvenThroughTheModule() {
        long id = context.getBean(MediaLibrary.class)
                .upload("x.png", TestImages.png(30, 30, false), null)
                .id();
        var author = (news.bulletin.account.SignedInPerson)
                context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                        .loadUserByUsername(
                                new TestAccounts(context).create(Role.AUTHOR).email());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> context.getBean(MediaLibrary.class).delete(author, id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(count("SELECT COUNT(*) FROM media WHERE id = " + id)).isOne();
    }

    @Test
    void pngWebpAndGifAreAcceptedAndTransparencyIsKept() throws Exception {
        Http staff = signIn(Role.AUTHOR);
        MediaLibrary library = context.getBean(MediaLibrary.class);

        Media transparent = library.find(uploaded(staff, "logo.png", TestImages.png(600, 300, true)));
        assertThat(transparent.contentType()).isEqualTo("image/png");
        assertThat(ImageIO.read(new ByteArrayInputStream(get(transparent.url())))
                        .getColorModel()
                        .hasAlpha())
                .isTrue();
        assertThat(transparent.variantWidths()).containsExactly(480);

        Media webp = library.find(uploaded(staff, "tiny.webp", TestImages.webp()));
        assertThat(webp.contentType()).isEqualTo("image/jpeg");
        assertThat(webp.width()).isEqualTo(1);

        Media gif = library.find(uploaded(staff, "chart.gif", TestImages.gif(500, 200)));
        assertThat(gif.contentType()).isEqualTo("image/jpeg");
        assertThat(gif.variantWidths()).containsExactly(480);
    }

    @Test
    void aRenamedNonImageADecompressionBombAndAnOversizedFileAreRefusedAndNothingIsStored() throws Exception {
        Http staff = signIn(Role.EDITOR);
        long before = count();
        long filesBefore = storedFiles();

        var html = staff.upload(
                "/newsroom/media",
                "file",
                "photo.jpg",
                "image/jpeg",
                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(400);
        Document refused = Jsoup.parse(html.body());
        assertThat(refused.select("#file-error").text()).contains("not a JPEG, PNG, WebP or GIF image");
        assertThat(refused.select(".staff-bar")).as("in the newsroom layout").hasSize(1);

        var bomb = staff.upload("/newsroom/media", "file", "bomb.png", "image/png", TestImages.pngBomb());
        assertThat(bomb.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bomb.body()).select("#file-error").text()).contains("100000 × 100000 pixels");

        byte[] huge = new byte[21 * 1024 * 1024];
        System.arraycopy(TestImages.jpeg(10, 10), 0, huge, 0, 100);
        var tooLarge = staff.upload("/newsroom/media", "file", "huge.jpg", "image/jpeg", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(Jsoup.parse(tooLarge.body()).select("main").text()).contains("20 MB");
        ErrorLeakAssertions.assertNothingLeaks(tooLarge.body());

        assertThat(count()).isEqualTo(before);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void altTextIsRequiredTheLibrarySearchesAndPagesAndAnItemInUseCannotBeDeleted() throws Exception {
        Http editor = signIn(Role.EDITOR);
        long id = uploaded(editor, "quay_at_dusk.jpg", TestImages.jpeg(800, 450));

        Document missingAlt = Jsoup.parse(editor.post(
                        "/newsroom/media/" + id,
                        Map.of("_csrf", editor.csrf(), "alt", " ", "caption", "Kept caption", "credit", "Kept credit"))
                .body());
        assertThat(missingAlt.select("#alt-error").text()).contains("Describe what the image shows");
        assertThat(missingAlt.select("#caption").val()).isEqualTo("Kept caption");

        Document newStory = Jsoup.parse(editor.get("/newsroom/articles/new").body());
        assertThat(newStory.select("input[name=hero][value=" + id + "]"))
                .as("undescribed images cannot be chosen")
                .isEmpty();

        editor.post(
                "/newsroom/media/" + id,
                Map.of(
                        "_csrf",
                        editor.csrf(),
                        "alt",
                        "Cranes on the quay at dusk",
                        "caption",
                        "The quay",
                        "credit",
                        "Photo: Desk"));
        assertThat(Jsoup.parse(editor.get("/newsroom/articles/new").body())
                        .select("input[name=hero][value=" + id + "]"))
                .hasSize(1);
        assertThat(Jsoup.parse(editor.get("/newsroom/media?q=CRANES").body()).select(".media-grid li"))
                .hasSize(1);
        assertThat(Jsoup.parse(editor.get("/newsroom/media?q=quay_at").body()).select(".media-grid li"))
                .as("an underscore in a file name is matched, not a wildcard")
                .hasSize(1);
        assertThat(Jsoup.parse(editor.get("/newsroom/media?q=nothing-like-this").body())
                        .select(".empty-state")
                        .text())
                .contains("No images match");

        var story = editor.post(
                "/newsroom/articles",
                List.of(
                        Map.entry("_csrf", editor.csrf()),
                        Map.entry("headline", "Harbour at night"),
                        Map.entry("body", "Words."),
                        Map.entry("hero", String.valueOf(id)),
                        Map.entry("heroAlt", "Cranes on the quay at dusk"),
                        Map.entry("step", "publish")));
        long articleId = Long.parseLong(
                story.headers().firstValue("Location").orElseThrow().replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));

        var refused = editor.post("/newsroom/media/" + id + "/delete", Map.of("_csrf", editor.csrf()));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select("main ul a").attr("href"))
                .isEqualTo("/newsroom/articles/" + articleId);
        assertThat(count("SELECT COUNT(*) FROM media WHERE id = " + id)).isOne();

        String publicPath = jdbc.sql("SELECT slug FROM articles WHERE id = :id")
                .param("id", articleId)
                .query(String.class)
                .single();
        Document page = Jsoup.parse(new Http(port).get(articlePath(articleId)).body());
        var hero = page.select("figure.hero img");
        assertThat(hero.attr("srcset")).contains("480w").contains("800w");
        assertThat(hero.attr("sizes")).isNotBlank();
        assertThat(hero.attr("width")).isEqualTo("800");
        assertThat(hero.attr("height")).isEqualTo("450");
        assertThat(publicPath).isNotBlank();

        long unused = uploaded(editor, "spare.jpg", TestImages.jpeg(1000, 500));
        Media spare = context.getBean(MediaLibrary.class).find(unused);
        var deleted = editor.post("/newsroom/media/" + unused + "/delete", Map.of("_csrf", editor.csrf()));
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(count("SELECT COUNT(*) FROM media WHERE id = " + unused)).isZero();
        assertThat(new Http(port).get(spare.url()).statusCode()).isEqualTo(404);
        assertThat(Files.exists(dataDir.resolve("media").resolve(spare.key()))).isFalse();
        assertThat(Files.exists(dataDir.resolve("media").resolve(spare.key().replace(".jpg", "-480.jpg"))))
                .isFalse();

        Http author = signIn(Role.AUTHOR);
        assertThat(author.post("/newsroom/media/" + id + "/delete", Map.of("_csrf", author.csrf()))
                        .statusCode())
                .as("only editors delete")
                .isEqualTo(403);
    }

    @Test
    void anImageInTheBodyGetsItsSizeAndCopiesAndAForeignOneNothing() {
        Http editor = signIn(Role.EDITOR);
        Media inline =
                context.getBean(MediaLibrary.class).find(uploaded(editor, "inline.jpg", TestImages.jpeg(1200, 800)));
        var story = editor.post(
                "/newsroom/articles",
                List.of(
                        Map.entry("_csrf", editor.csrf()),
                        Map.entry("headline", "Pictures inside " + System.nanoTime()),
                        Map.entry(
                                "body",
                                "Intro.\n\n![A ferry](" + inline.url() + " \"The ferry\")\n\n![Spoof](/elsewhere.jpg)"),
                        Map.entry("step", "publish")));
        long articleId = Long.parseLong(
                story.headers().firstValue("Location").orElseThrow().replaceAll(".*/newsroom/articles/(\\d+).*", "$1"));

        Document page = Jsoup.parse(new Http(port).get(articlePath(articleId)).body());
        var ferry = page.select(".story-body figure img");
        assertThat(ferry.attr("width")).isEqualTo("1200");
        assertThat(ferry.attr("height")).isEqualTo("800");
        assertThat(ferry.attr("srcset").replace(" ,", ",")).isEqualTo(inline.srcset());
        assertThat(ferry.attr("sizes")).isNotBlank();
        var spoof = page.select(".story-body img[alt=Spoof]");
        assertThat(spoof.attr("srcset")).isEmpty();
        assertThat(spoof.hasAttr("width")).isFalse();
    }

    @Test
    void theLibraryPagesTwentyFourItemsAtATime() {
        Http staff = signIn(Role.CONTRIBUTOR);
        for (int i = 0; i < MediaLibrary.PAGE_SIZE + 1; i++) {
            context.getBean(MediaLibrary.class).upload("p" + i + ".png", TestImages.png(20, 20, false), null);
        }
        Document first = Jsoup.parse(staff.get("/newsroom/media").body());
        assertThat(first.select(".media-grid li")).hasSize(MediaLibrary.PAGE_SIZE);
        assertThat(first.select(".pager a[rel=next]")).hasSize(1);
        assertThat(Jsoup.parse(staff.get("/newsroom/media?page=2").body()).select(".media-grid li"))
                .isNotEmpty();
    }

    private String articlePath(long id) {
        var row = jdbc.sql("SELECT slug, first_published_at FROM articles WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
                .single();
        var date = java.time.Instant.ofEpochMilli((Long) row[1])
                .atZone(java.time.ZoneOffset.UTC)
                .toLocalDate();
        return String.format("/%04d/%02d/%02d/%s", date.getYear(), date.getMonthValue(), date.getDayOfMonth(), row[0]);
    }

    private long uploaded(Http staff, String name, byte[] bytes) {
        var answer = staff.upload("/newsroom/media", "file", name, "application/octet-stream", bytes);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(
                answer.headers().firstValue("Location").orElseThrow().replaceAll(".*/newsroom/media/(\\d+).*", "$1"));
    }

    private byte[] get(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private long count() {
        return count("SELECT COUNT(*) FROM media");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long storedFiles() throws Exception {
        Path root = dataDir.resolve("media");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private Http signIn(Role role) {
        Account account = new TestAccounts(context).create(role);
        return Http.signedIn(port, account.email(), TestAccounts.PASSWORD);
    }

    private static String path(String location) {
        return location.replaceFirst("^https?://[^/]+", "");
    }
}
