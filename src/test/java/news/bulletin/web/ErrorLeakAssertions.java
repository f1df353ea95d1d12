package news.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

/** What no response body may ever contain: traces of the server's inner workings. */
public final class ErrorLeakAssertions {
    private static final List<String> FORBIDDEN = List.of(
            "exception",
            "stack trace",
            "caused by",
            "\tat ",
            "java.",
            "javax.",
            "jakarta.",
            "news.bulletin",
            "org.springframework",
            "spring",
            "tomcat",
            "catalina",
            "jte",
            "hikari",
            "flyway",
            "whitelabel",
            "sqlite",
            "postgres",
            "sql",
            "select ",
            "/work/",
            "/home/",
            "/tmp/",
            "/root/",
            ".java",
            "unexpected error");

    private ErrorLeakAssertions() {}

    public static void assertNothingLeaks(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String forbidden : FORBIDDEN) {
            assertThat(lower).as("response body must not contain %s", forbidden).doesNotContain(forbidden);
        }
    }
}
