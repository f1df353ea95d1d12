package news.bulletin.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import news.bulletin.BulletinApplication;
import news.bulletin.account.Accounts;
import news.bulletin.account.Person;
import news.bulletin.account.Role;
import news.bulletin.article.Section;
import news.bulletin.article.Taxonomy;
import news.bulletin.media.Media;
import news.bulletin.media.MediaLibrary;
import news.bulletin.shared.Slugs;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds a ready-to-serve data folder for the benchmark (not a test; run by {@code
 * bench/corpus.sh}): published stories of 600 to 1,500 words from {@code bench/words.txt}, 8
 * sections, 300 tags, 200 authors, hero images, comments on a tenth of the stories, publication
 * dates spread over ten years, and readers who can sign in for the signed-in measurements. The application
 * itself creates the schema; a second start builds the search index, as it does for any data folder
 * whose index is behind.
 *
 * <p>Arguments: {@code stories folder [postgres-jdbc-url]}.
 */
public final class CorpusBuilder {
    /** Readers who can sign in: bench-reader-0@example.com and on, all with this password. */
    public static final int SIGNED_IN_READERS = 100;

    public static final String READER_PASSWORD = "bench reader password";
    private static final String[] SECTIONS = {
        "World", "Politics", "Business", "Science", "Culture", "Sport", "Opinion", "Technology"
    };
    private static final int TAGS = 300;
    private static final int AUTHORS = 200;
    private static final int COMMENTERS = 500;
    private static final int IMAGES = 24;
    private static final int BATCH = 1_000;

    private CorpusBuilder() {}

    public static void main(String[] args) throws Exception {
        int stories = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]).toAbsolutePath();
        String postgres = args.length > 2 ? args[2] : null;
        Files.createDirectories(folder);
        Words words = Words.load(Path.of("bench/words.txt"));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = start(folder, postgres)) {
            new CorpusBuilder.Filler(context, words, new Random(2026)).fill(stories);
        }
        long filled = System.nanoTime();
        try (ConfigurableApplicationContext context = start(folder, postgres)) {
            // Starting again builds the search index over what was just stored. Then the planner's
            // statistics, as a running site has them: autovacuum may be off or not have come round
            // yet after a bulk load, and without them PostgreSQL picks poor plans.
            try (var connection = context.getBean(javax.sql.DataSource.class).getConnection();
                    var statement = connection.createStatement()) {
                statement.execute(postgres == null ? "ANALYZE" : "VACUUM ANALYZE");
            }
        }
        long indexed = System.nanoTime();
        System.out.printf(
                "%,d stories in %s: stored in %.0f s, indexed in %.0f s (%.0f s in all)%n",
                stories,
                postgres == null ? folder : postgres,
                (filled - started) / 1e9,
                (indexed - filled) / 1e9,
                (indexed - started) / 1e9);
    }

    private static ConfigurableApplicationContext start(Path folder, String postgres) {
        List<String> options = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--bulletin.sample-content=false",
                "--bulletin.data-dir=" + folder,
                "--logging.level.root=WARN",
                "--logging.level.news.bulletin=INFO"));
        if (postgres != null) {
            options.add("--spring.datasource.url=" + postgres);
            options.add("--spring.datasource.username="
                    + System.getenv().getOrDefault("BULLETIN_BENCH_POSTGRES_USER", "postgres"));
            options.add("--spring.datasource.password="
                    + System.getenv().getOrDefault("BULLETIN_BENCH_POSTGRES_PASSWORD", ""));
        }
        return new SpringApplicationBuilder(BulletinApplication.class).run(options.toArray(String[]::new));
    }

    /** Fills one database through the running application. */
    private static final class Filler {
        private final ConfigurableApplicationContext context;
        private final JdbcTemplate jdbc;
        private final TransactionTemplate transactions;
        private final Words words;
        private final Random random;
        private final Instant now = Instant.now();

        Filler(ConfigurableApplicationContext context, Words words, Random random) {
            this.context = context;
            this.jdbc = context.getBean(JdbcTemplate.class);
            this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            this.words = words;
            this.random = random;
        }

        void fill(int stories) throws IOException {
            Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM articles", Long.class);
            if (existing != null && existing > 0) {
                throw new IllegalStateException("the database holds stories already; give an empty folder");
            }
            List<Long> sections = sections();
            List<Long> tags = tags();
            List<Long> authors = authors();
            List<Long> commenters = commenters();
            List<Media> images = images(authors.get(0));
            for (int from = 0; from < stories; from += BATCH) {
                int start = from;
                int end = Math.min(stories, from + BATCH);
                transactions.executeWithoutResult(
                        status -> storeStories(start, end, stories, sections, tags, authors, commenters, images));
                if (end % 10_000 == 0 || end == stories) {
                    System.out.printf("  %,d stories stored%n", end);
                }
            }
            // An approved comment each makes the signed-in readers trusted: their next comments
            // appear at once, as a busy comment thread's do.
            long at = now.toEpochMilli();
            jdbc.batchUpdate(
                    """
                    INSERT INTO comments (article_id, author_id, depth, body_text, status, created_at, approved_at)
                    SELECT 1, id, 0, 'A first comment.', 'APPROVED', ?, ? FROM people WHERE email = ?
                    """,
                    java.util.stream.IntStream.range(0, SIGNED_IN_READERS)
                            .mapToObj(i -> new Object[] {at, at, "bench-reader-" + i + "@example.com"})
                            .toList());
        }

        private List<Long> sections() {
            Taxonomy taxonomy = context.getBean(Taxonomy.class);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < SECTIONS.length; i++) {
                Section section = taxonomy.addSection(
                        SECTIONS[i], Slugs.of(SECTIONS[i]), "News from the " + SECTIONS[i] + " desk.", i + 1);
                ids.add(section.id());
            }
            return ids;
        }

        private List<Long> tags() {
            Set<String> slugs = new HashSet<>();
            List<String> names = new ArrayList<>();
            while (names.size() < TAGS) {
                String name = capitalized(words.common(random)) + " " + capitalized(words.any(random));
                if (slugs.add(Slugs.of(name))) {
                    names.add(name);
                }
            }
            jdbc.batchUpdate(
                    "INSERT INTO tags (name, slug) VALUES (?, ?)",
                    names.stream()
                            .map(name -> new Object[] {name, Slugs.of(name)})
                            .toList());
            return jdbc.queryForList("SELECT id FROM tags ORDER BY id", Long.class);
        }

        private List<Long> authors() {
            Accounts accounts = context.getBean(Accounts.class);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < AUTHORS; i++) {
                String name = capitalized(words.any(random)) + " " + capitalized(words.any(random));
                Person person = accounts.addStaffProfile(name, name + " writes for the paper.", Role.AUTHOR);
                ids.add(person.id());
            }
            return ids;
        }

        /** Readers who comment, and one who signs in for the benchmark. */
        private List<Long> commenters() {
            String hash = context.getBean(PasswordEncoder.class).encode(READER_PASSWORD);
            long at = now.toEpochMilli();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < COMMENTERS; i++) {
                rows.add(new Object[] {"Reader " + i, "bench-reader-" + i, "reader" + i + "@example.com", null, at});
            }
            for (int i = 0; i < SIGNED_IN_READERS; i++) {
                rows.add(new Object[] {
                    "Bench Reader " + i, "bench-signed-in-" + i, "bench-reader-" + i + "@example.com", hash, at
                });
            }
            jdbc.batchUpdate(
                    """
                    INSERT INTO people (name, slug, bio, role, email, password_hash, enabled, created_at,
                        email_verified_at)
                    VALUES (?, ?, '', 'READER', ?, ?, TRUE, ?, ?)
                    """,
                    rows.stream()
                            .map(row -> new Object[] {row[0], row[1], row[2], row[3], row[4], row[4]})
                            .toList());
            return jdbc.queryForList("SELECT id FROM people WHERE role = 'READER' ORDER BY id", Long.class);
        }

        private List<Media> images(long uploader) throws IOException {
            MediaLibrary library = context.getBean(MediaLibrary.class);
            List<Media> images = new ArrayList<>();
            for (int i = 0; i < IMAGES; i++) {
                Media media = library.upload("hero-" + i + ".jpg", picture(i), uploader);
                images.add(library.describe(
                        media.id(),
                        "A picture for the story, number " + i,
                        "Scene " + i + " from the day's news.",
                        "Bench Photo Desk"));
            }
            return images;
        }

        private static byte[] picture(int n) throws IOException {
            var image = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            Random shapes = new Random(n);
            g.setPaint(new GradientPaint(
                    0, 0, Color.getHSBColor(n / (float) IMAGES, 0.5f, 0.8f), 1600, 900, Color.DARK_GRAY));
            g.fillRect(0, 0, 1600, 900);
            for (int i = 0; i < 30; i++) {
                g.setColor(new Color(shapes.nextInt(0xFFFFFF)));
                g.fillOval(
                        shapes.nextInt(1600), shapes.nextInt(900), 40 + shapes.nextInt(300), 40 + shapes.nextInt(300));
            }
            g.dispose();
            var bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", bytes);
            return bytes.toByteArray();
        }

        private void storeStories(
                int from,
                int to,
                int stories,
                List<Long> sections,
                List<Long> tags,
                List<Long> authors,
                List<Long> commenters,
                List<Media> images) {
            long tenYears = Duration.ofDays(3_652).toMillis();
            List<Object[]> articles = new ArrayList<>();
            List<Object[]> tagRows = new ArrayList<>();
            List<Object[]> bylineRows = new ArrayList<>();
            List<Object[]> commentRows = new ArrayList<>();
            for (int i = from; i < to; i++) {
                long id = i + 1L;
                // Story 1 is the oldest; the newest is a few minutes old.
                long published =
                        now.toEpochMilli() - 300_000 - (long) ((stories - 1 - i) * (tenYears / (double) stories));
                String headline = words.sentence(random, 6 + random.nextInt(7), false);
                Story body = story(600 + random.nextInt(901));
                Media hero = random.nextInt(10) < 7 ? images.get(random.nextInt(images.size())) : null;
                articles.add(new Object[] {
                    id,
                    slug(headline, id),
                    headline,
                    words.sentence(random, 18 + random.nextInt(12), true),
                    body.markdown(),
                    body.html(),
                    sections.get(random.nextInt(sections.size())),
                    hero == null ? null : hero.id(),
                    hero == null ? "" : hero.alt(),
                    hero == null ? "" : hero.caption(),
                    hero == null ? "" : hero.credit(),
                    published,
                    published
                });
                Set<Long> chosen = new HashSet<>();
                int tagCount = 1 + random.nextInt(4);
                while (chosen.size() < tagCount) {
                    // Skewed, as real tags are: a few carry many stories.
                    chosen.add(tags.get((int) (tags.size() * Math.pow(random.nextDouble(), 2))));
                }
                chosen.forEach(tag -> tagRows.add(new Object[] {id, tag}));
                long first = authors.get(random.nextInt(authors.size()));
                bylineRows.add(new Object[] {id, first, 0});
                if (random.nextInt(5) == 0) {
                    long second = authors.get(random.nextInt(authors.size()));
                    if (second != first) {
                        bylineRows.add(new Object[] {id, second, 1});
                    }
                }
                if (id % 10 == 0) {
                    int comments = 1 + random.nextInt(8);
                    for (int c = 0; c < comments; c++) {
                        long at = published + 60_000L * (c + 1);
                        commentRows.add(new Object[] {
                            id,
                            commenters.get(random.nextInt(commenters.size())),
                            words.sentence(random, 10 + random.nextInt(40), true),
                            at,
                            at
                        });
                    }
                }
            }
            jdbc.batchUpdate(
                    """
                    INSERT INTO articles (id, slug, headline, dek, body_markdown, body_html, status, section_id,
                        hero_media_id, hero_alt, hero_caption, hero_credit, comments_enabled,
                        first_published_at, created_at, modified_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 0)
                    """,
                    articles.stream()
                            .map(row -> {
                                Object[] values = new Object[row.length + 1];
                                System.arraycopy(row, 0, values, 0, row.length);
                                values[row.length] = row[row.length - 1];
                                return values;
                            })
                            .toList());
            jdbc.batchUpdate("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", tagRows);
            jdbc.batchUpdate("INSERT INTO bylines (article_id, person_id, position) VALUES (?, ?, ?)", bylineRows);
            jdbc.batchUpdate("""
                    INSERT INTO comments (article_id, author_id, depth, body_text, status, created_at, approved_at)
                    VALUES (?, ?, 0, ?, 'APPROVED', ?, ?)
                    """, commentRows);
        }

        /** A story's body: paragraphs, a few subheads and a quote, as Markdown and as the HTML it renders to. */
        private Story story(int wordCount) {
            StringBuilder markdown = new StringBuilder();
            StringBuilder html = new StringBuilder();
            int written = 0;
            int paragraph = 0;
            while (written < wordCount) {
                int length = Math.min(40 + random.nextInt(60), wordCount - written);
                String text = words.sentence(random, Math.max(length, 3), true);
                if (paragraph > 0 && paragraph % 5 == 0) {
                    String subhead = words.sentence(random, 4, false);
                    markdown.append("## ").append(subhead).append("\n\n");
                    html.append("<h2>").append(subhead).append("</h2>\n");
                }
                if (paragraph == 3) {
                    markdown.append("> ").append(text).append("\n\n");
                    html.append("<blockquote>\n<p>").append(text).append("</p>\n</blockquote>\n");
                } else {
                    markdown.append(text).append("\n\n");
                    html.append("<p>").append(text).append("</p>\n");
                }
                written += length;
                paragraph++;
            }
            return new Story(markdown.toString(), html.toString());
        }

        /** The headline's slug with the id after it, within the length the site accepts. */
        private static String slug(String headline, long id) {
            String suffix = "-" + id;
            String base = Slugs.of(headline);
            if (base.length() + suffix.length() > Slugs.MAX_LENGTH) {
                base = base.substring(0, Slugs.MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
            }
            return base + suffix;
        }
    }

    private record Story(String markdown, String html) {}

    /** The word list with each word's count, drawn from as often as it occurs. */
    static final class Words {
        private final String[] words;
        private final long[] cumulative;

        private Words(String[] words, long[] cumulative) {
            this.words = words;
            this.cumulative = cumulative;
        }

        static Words load(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            String[] words = new String[lines.size()];
            long[] cumulative = new long[lines.size()];
            long total = 0;
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = lines.get(i).trim().split("\\s+");
                words[i] = parts[0];
                total += parts.length > 1 ? Long.parseLong(parts[1]) : 1;
                cumulative[i] = total;
            }
            return new Words(words, cumulative);
        }

        /** A word as often as the list has it. */
        String common(Random random) {
            long pick = (long) (random.nextDouble() * cumulative[cumulative.length - 1]);
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (cumulative[middle] <= pick) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return words[low];
        }

        /** Any word of the list, evenly. */
        String any(Random random) {
            return words[random.nextInt(words.length)];
        }

        String sentence(Random random, int count, boolean period) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < count; i++) {
                String word = random.nextInt(4) == 0 ? any(random) : common(random);
                text.append(i == 0 ? capitalized(word) : " " + word);
            }
            return period ? text.append('.').toString() : text.toString();
        }
    }

    static String capitalized(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
