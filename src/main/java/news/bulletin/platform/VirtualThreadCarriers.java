package news.bulletin.platform;

/**
 * How many platform threads carry the virtual threads requests run on (JDK 21 and newer): twice the
 * processors unless {@code -Djdk.virtualThreadScheduler.parallelism} says otherwise.
 *
 * <p>With one carrier per processor, a carrier busy rendering a page (SQLite's native calls pin it,
 * and a render does not wait on anything else) is never shared, and requests arriving meanwhile wait
 * behind the virtual threads the carriers wake themselves. On two processors under full load some
 * waited over two seconds while each request took at most 33 ms to serve (wrk, 32 connections,
 * cold renders, bench/run.sh). With twice as many carriers the operating system shares the
 * processors among them and no request waited a second.
 */
public final class VirtualThreadCarriers {
    static final String PARALLELISM = "jdk.virtualThreadScheduler.parallelism";

    private VirtualThreadCarriers() {}

    /** Must run before the first virtual thread starts, which fixes the scheduler for good. */
    public static void configure() {
        if (System.getProperty(PARALLELISM) == null) {
            System.setProperty(
                    PARALLELISM, String.valueOf(2 * Runtime.getRuntime().availableProcessors()));
        }
    }
}
