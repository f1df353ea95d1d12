package news.bulletin.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import news.bulletin.BulletinApplication;
import news.bulletin.shared.PageNumber;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The search and beacon benchmark (not a test; run by {@code bench/search.sh}). It fills a fresh
 * database with generated stories, indexes them, and times single-word, phrase and prefix searches
 * through the search service, then measures how many view beacons the server answers per second.
 *
 * <p>Arguments: {@code sqlite|postgresql [stories]}.
 */
public final class SearchBenchmark {
    private static final int QUERIES = 300;
    private static final int WARM_UP = 100;

    private SearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "sqlite";
        int stories = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path data = Files.createTempDirectory("bulletin-bench-");
        List<String> options = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--bulletin.sample-content=false",
                "--bulletin.data-dir=" + data,
                "--logging.level.root=WARN"));
        if (engine.equals("postgresql")) {
            String url = System.getenv()
                    .getOrDefault("BULLETIN_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            try (var connection = java.sql.DriverManager.getConnection(url, "postgres", "")) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS bulletin_bench CASCADE");
                connection.createStatement().execute("CREATE SCHEMA bulletin_bench");
            }
            options.add("--spring.datasource.url=" + url + "?currentSchema=bulletin_bench");
            options.add("--spring.datasource.username=postgres");
        } else {
            options.add("--spring.datasource.url=jdbc:sqlite:" + data.resolve("bulletin.db")
                    + "?foreign_keys=on&journal_mode=wal&busy_timeout=10000&synchronous=normal");
        }
        try (ConfigurableApplicationContext context =
                new SpringApplicationBuilder(BulletinApplication.class).run(options.toArray(String[]::new))) {
            Vocabulary words = new Vocabulary(new Random(42));
            long started = System.nanoTime();
            generate(
                    context.getBean(JdbcClient.class),
                    context.getBean(org.springframework.transaction.PlatformTransactionManager.class),
                    words,
                    stories);
            long generated = System.nanoTime();
            context.getBean(SearchIndexing.class).rebuild();
            long indexed = System.nanoTime();
            // Measured as a site runs: with the planner's statistics taken, as autovacuum (PostgreSQL)
            // and PRAGMA optimize (SQLite) keep them, not in the minute after a bulk load.
            context.getBean(JdbcClient.class)
                    .sql(engine.equals("postgresql") ? "VACUUM ANALYZE" : "ANALYZE")
                    .update();
            System.out.printf(
                    "%s: %,d stories generated in %.1f s, indexed in %.1f s%n",
                    engine, stories, seconds(generated - started), seconds(indexed - generated));
            Search search = context.getBean(Search.class);
            Random random = new Random(7);
            time(search, "word", () -> words.anyWord(random));
            time(search, "common word", () -> words.commonWord(random));
            time(search, "phrase", () -> "\"" + words.anyWord(random) + " " + words.word(random) + "\"");
            time(search, "prefix", () -> {
                String word = words.anyWord(random);
                return word.substring(0, Math.min(4, word.length()));
            });
            beacons(
                    ((WebServerApplicationContext) context).getWebServer().getPort(),
                    context.getBean(JdbcClient.class));
        }
    }

    private static void time(Search search, String kind, java.util.function.Supplier<String> queries) {
        for (int i = 0; i < WARM_UP; i++) {
            search.search(new SearchRequest(queries.get(), null, null, null, null, PageNumber.FIRST));
        }
        long[] nanos = new long[QUERIES];
        long hits = 0;
        for (int i = 0; i < QUERIES; i++) {
            String query = queries.get();
            long start = System.nanoTime();
            var results = search.search(new SearchRequest(query, null, null, null, null, PageNumber.FIRST));
            nanos[i] = System.nanoTime() - start;
            hits += results.results().totalItems();
        }
        Arrays.sort(nanos);
        System.out.printf(
                "  %-12s median %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d queries, %,d matches on average)%n",
                kind,
                nanos[QUERIES / 2] / 1e6,
                nanos[(int) (QUERIES * 0.95)] / 1e6,
                nanos[QUERIES - 1] / 1e6,
                QUERIES,
                hits / QUERIES);
    }

    /** Eight clients sending view beacons as fast as the server answers, for ten seconds. */
    private static void beacons(int port, JdbcClient jdbc) throws Exception {
        long article =
                jdbc.sql("SELECT MIN(id) FROM articles").query(Long.class).single();
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/popularity/view"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "Mozilla/5.0 (bench) Firefox/140.0")
                .POST(HttpRequest.BodyPublishers.ofString("a=" + article))
                .build();
        AtomicLong answered = new AtomicLong();
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            clients.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    if (client.send(request, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 204) {
                        answered.incrementAndGet();
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        System.out.printf("  beacons      %,.0f answered per second (8 clients, 10 s)%n", answered.get() / 10.0);
    }

    private static void generate(
            JdbcClient jdbc,
            org.springframework.transaction.PlatformTransactionManager manager,
            Vocabulary words,
            int count) {
        long now = Instant.now().toEpochMilli();
        var transactions = new org.springframework.transaction.support.TransactionTemplate(manager);
        for (int start = 0; start < count; start += 1000) {
            int from = start;
            transactions.executeWithoutResult(status -> {
                for (int i = from; i < Math.min(count, from + 1000); i++) {
                    String headline = words.sentence(8);
                    jdbc.sql("""
                                    INSERT INTO articles (slug, headline, dek, body_markdown, body_html, status,
                                        comments_enabled, first_published_at, created_at, modified_at, version)
                                    VALUES (:slug, :headline, :dek, '', :html, 'PUBLISHED', TRUE, :at, :at, :at, 0)
                                    """)
                            .param("slug", "story-" + i)
                            .param("headline", headline)
                            .param("dek", words.sentence(20))
                            .param("html", "<p>" + words.sentence(300) + "</p><p>" + words.sentence(300) + "</p>")
                            .param("at", now - i * 60_000L)
                            .update();
                }
            });
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Words with a long-tailed frequency, as news copy has: a few common, many rare. */
    static final class Vocabulary {
        private final String[] words = new String[20_000];
        private final Random random;

        Vocabulary(Random random) {
            this.random = random;
            String letters = "abcdefghijklmnopqrstuvwxyz";
            for (int i = 0; i < words.length; i++) {
                StringBuilder word = new StringBuilder();
                int length = 3 + random.nextInt(8);
                for (int c = 0; c < length; c++) {
                    word.append(letters.charAt(random.nextInt(letters.length())));
                }
                words[i] = word.toString();
            }
        }

        /** A word picked evenly from the whole vocabulary: what readers mostly search for. */
        String anyWord(Random source) {
            return words[source.nextInt(words.length)];
        }

        /** One of the fifty commonest words, which match most stories: the worst case. */
        String commonWord(Random source) {
            return words[source.nextInt(50)];
        }

        /** A word as the text uses them, common ones far more often than rare ones. */
        String word(Random source) {
            double u = source.nextDouble();
            return words[(int) Math.min(words.length - 1, Math.floor(Math.pow(words.length, u)) - 1)];
        }

        String sentence(int length) {
            StringBuilder sentence = new StringBuilder();
            for (int i = 0; i < length; i++) {
                if (i > 0) {
                    sentence.append(' ');
                }
                sentence.append(word(random));
            }
            return sentence.toString();
        }
    }
}
