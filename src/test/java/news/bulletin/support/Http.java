package news.bulletin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small browser for web tests: real HTTP to the test server, redirects not followed, and cookies
 * kept per instance so that one instance is one visitor.
 */
public class Http {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        return send(request, headers);
    }

    public HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, headers);
    }

    /** A form post where a field may repeat, such as several ticked checkboxes. */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    /** Uploads one file as a browser's file field does (multipart/form-data), with the form's CSRF field. */
    public HttpResponse<String> upload(String path, String field, String fileName, String contentType, byte[] bytes) {
        String boundary = "----bulletin-test-" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        String token = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf() + "\r\n";
        String head = "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\n" + "Content-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(token.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(bytes);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()));
        return send(request);
    }

    public HttpResponse<String> method(String method, String path) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** A visitor signed in with an email and password through the real sign-in form. */
    public static Http signedIn(int port, String email, String password) {
        Http browser = new Http(port);
        var login = browser.get("/login");
        var answer = browser.post("/login", Map.of("_csrf", csrfToken(login), "email", email, "password", password));
        if (answer.headers().firstValue("Location").orElse("").contains("/login?")) {
            throw new AssertionError("could not sign in as " + email);
        }
        return browser;
    }

    /**
     * Opens a confirmation link from a mail and presses its button, as a reader would; returns the
     * answer to the button.
     */
    public HttpResponse<String> confirm(String linkPath) {
        var page = get(linkPath);
        var form = org.jsoup.Jsoup.parse(page.body()).select("form[action=/account/verify]");
        if (form.isEmpty()) {
            throw new AssertionError("no confirmation button on " + linkPath);
        }
        return post(
                "/account/verify",
                Map.of(
                        "_csrf", csrfToken(page),
                        "token", form.select("input[name=token]").attr("value"),
                        "return", form.select("input[name=return]").attr("value")));
    }

    /** Any page's CSRF token for this visitor, taken from the account page's forms. */
    public String csrf() {
        return csrfToken(get("/account"));
    }

    /** The CSRF token a page's form carries. */
    public static String csrfToken(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field on the page");
        }
        return matcher.group(1).replace("&#45;", "-");
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            request.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = client.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            remember(response.headers().allValues("set-cookie"));
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(List<String> setCookies) {
        for (String header : setCookies) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
