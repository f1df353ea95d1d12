package news.bulletin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Answers public GET requests from the {@link PageCache}: anonymous readers get the cached bytes,
 * signed-in readers the same bytes with their personal slots filled in. A page not yet cached is
 * rendered once, as nobody in particular, however many readers ask for it at the same moment.
 */
@Component
class PageServing {
    private static final Logger log = LoggerFactory.getLogger(PageServing.class);
    private static final Set<String> PRIVATE_PATHS = Set.of(
            "/newsroom",
            "/account",
            "/login",
            "/logout",
            "/register",
            "/password",
            "/setup",
            "/comments",
            "/actuator",
            "/popularity",
            "/error",
            "/assets",
            "/media",
            "/api");
    /** Headers that describe one response rather than the page; the cache writes its own. */
    private static final Set<String> NOT_REPLAYED = Set.of(
            "cache-control",
            "pragma",
            "expires",
            "content-length",
            "content-type",
            "content-encoding",
            "content-language",
            "transfer-encoding",
            "date",
            "etag",
            "last-modified",
            "vary",
            "set-cookie",
            "surrogate-key");

    private static final long WAIT_FOR_RENDER_SECONDS = 30;

    private final PageCache cache;
    private final Map<String, PageSlot> slots;
    private final Clock clock;

    PageServing(PageCache cache, List<PageSlot> slots, Clock clock) {
        this.cache = cache;
        this.slots = slots.stream().collect(Collectors.toMap(PageSlot::name, Function.identity()));
        this.clock = clock;
    }

    /** Whether the request is for a public page the cache may answer. */
    boolean eligible(HttpServletRequest request) {
        if (!cache.enabled()) {
            return false;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        int second = path.indexOf('/', 1);
        String first = second < 0 ? path : path.substring(0, second);
        return !PRIVATE_PATHS.contains(first);
    }

    void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean personal)
            throws IOException, ServletException {
        CacheKey key = CacheKey.of(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        CachedPage page = cache.get(key.value());
        if (page == null && "GET".equals(request.getMethod())) {
            page = renderOnce(key, request, response, chain, personal);
            if (page == null) {
                return;
            }
        }
        if (page == null) {
            chain.doFilter(request, response);
        } else if (personal && page.personal()) {
            writePersonal(page, request, response);
        } else {
            write(page, request, response);
        }
    }

    /**
     * The page, rendered by this request or by the one already rendering it; null when it could not
     * be cached, in which case this request has been answered by rendering it normally.
     */
    private @Nullable CachedPage renderOnce(
            CacheKey key, HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean personal)
            throws IOException, ServletException {
        var mine = new CompletableFuture<@Nullable CachedPage>();
        CompletableFuture<@Nullable CachedPage> theirs = cache.claim(key.value(), mine);
        if (theirs != null) {
            CachedPage page = await(theirs);
            if (page == null) {
                chain.doFilter(request, response);
            } else {
                cache.countHit();
            }
            return page;
        }
        CachedPage page = null;
        try {
            page = render(key, request, response, chain, personal);
            return page;
        } finally {
            cache.release(key.value(), mine, page);
        }
    }

    private static @Nullable CachedPage await(CompletableFuture<@Nullable CachedPage> render) {
        try {
            return render.get(WAIT_FOR_RENDER_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private @Nullable CachedPage render(
            CacheKey key, HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean personal)
            throws IOException, ServletException {
        var anonymous = new CacheRenderRequest(request, key);
        var capture = new CapturingResponse(response);
        long began = cache.beginRender();
        SecurityContext reader = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        Slots.startMarking();
        try {
            chain.doFilter(anonymous, capture);
        } finally {
            Slots.stopMarking();
            SecurityContextHolder.setContext(reader);
        }
        byte[] body = capture.body();
        String contentType = capture.getContentType();
        if (!capture.plainPage()
                || !PageKeys.tagged(request)
                || anonymous.askedForSession()
                || contentType == null
                || body.length > cache.maxPageBytes()) {
            if (personal) {
                // Rendered as nobody for the cache, but not cacheable: render it for this reader.
                chain.doFilter(request, response);
            } else {
                capture.replay(response, CachedPage.strip(body));
            }
            return null;
        }
        CachedPage page = CachedPage.of(body, contentType, replayed(capture), PageKeys.of(request), clock.millis());
        cache.store(key.value(), page, began);
        return page;
    }

    private static List<Map.Entry<String, String>> replayed(CapturingResponse response) {
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        response.headers().forEach((name, values) -> {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> headers.add(Map.entry(name, value)));
            }
        });
        return headers;
    }

    private void write(CachedPage page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean gzip = page.gzip() != null && AcceptEncoding.allowsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? page.gzipEtag() : page.etag();
        writeHeaders(page, response);
        response.setHeader("ETag", etag);
        response.setDateHeader("Last-Modified", page.lastModified());
        response.setHeader("Cache-Control", cache.cacheControl());
        // Cookie too: a browser that kept the anonymous page must not show it again once its reader
        // signs in (found in headless Chromium: the article showed "Sign in" to a signed-in reader).
        response.setHeader("Vary", "Accept-Encoding, Cookie");
        response.setHeader("Surrogate-Key", page.surrogateKey());
        if (Conditional.notModified(request, etag, page.lastModified())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        byte[] body = gzip ? page.gzip() : page.plain();
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The page for one signed-in reader: never stored by browsers' or CDNs' shared caches. */
    private void writePersonal(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] plain = page.plain();
        var body = new ByteArrayOutputStream(plain.length + 4_096);
        int from = 0;
        for (CachedPage.Slot slot : page.slots()) {
            body.write(plain, from, slot.start() - from);
            body.writeBytes(fill(slot, plain, request));
            from = slot.end();
        }
        body.write(plain, from, plain.length - from);
        writeHeaders(page, response);
        response.setHeader("Cache-Control", "private, no-cache");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(body.size());
        if (!"HEAD".equals(request.getMethod())) {
            body.writeTo(response.getOutputStream());
        }
    }

    /**
     * The slot for this reader. A slot that fails (its story unpublished a moment ago, say) shows
     * what anonymous readers see rather than failing the page around it.
     */
    private byte[] fill(CachedPage.Slot slot, byte[] plain, HttpServletRequest request) {
        PageSlot renderer = slots.get(slot.name());
        if (renderer == null) {
            return Arrays.copyOfRange(plain, slot.start(), slot.end());
        }
        try {
            return renderer.render(slot.argument(), request).getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            log.warn(
                    "The {} slot failed for {}; showing its anonymous version",
                    slot.name(),
                    LogSafe.text(request.getRequestURI()),
                    e);
            return Arrays.copyOfRange(plain, slot.start(), slot.end());
        }
    }

    private static void writeHeaders(CachedPage page, HttpServletResponse response) {
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
    }
}
