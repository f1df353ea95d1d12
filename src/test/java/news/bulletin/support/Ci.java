package news.bulletin.support;

/** Whether the tests run in CI, where a missing browser or database fails a test instead of skipping it. */
public final class Ci {
    private Ci() {}

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
