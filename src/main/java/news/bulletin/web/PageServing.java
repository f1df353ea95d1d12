package news.bulletin.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
import org.springframework.security.core.Authentication;
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

    /** How a filter asks Tomcat to send a file with sendfile(2), as its DefaultServlet does. */
    private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    /** Set by {@link #answerCached} on a request whose query Tomcat could not decode. */
    private static final String UNREADABLE_QUERY = PageServing.class.getName() + ".unreadableQuery";

    private static final String SENDFILE_FILE = "org.apache.tomcat.sendfile.filename";
    private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

    private final PageCache cache;
    private final Map<String, PageSlot> slots;
    private final SavedSignIn savedSignIn;
    private final PageFiles files;
    private final RenderTurns turns;
    private final Clock clock;

    PageServing(
            PageCache cache,
            List<PageSlot> slots,
            SavedSignIn savedSignIn,
            PageFiles files,
            RenderTurns turns,
            Clock clock) {
        this.cache = cache;
        this.files = files;
        this.turns = turns;
        this.slots = slots.stream().collect(Collectors.toMap(PageSlot::name, Function.identity()));
        this.savedSignIn = savedSignIn;
        this.clock = clock;
    }

    /** Whether the request is for a public page the cache may answer. */
    boolean eligible(HttpServletRequest request) {
        return cache.enabled() && publicPage(request);
    }

    private static boolean publicPage(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI();
        int second = path.indexOf('/', 1);
        String first = second < 0 ? path : path.substring(0, second);
        return !PRIVATE_PATHS.contains(first);
    }

    /**
     * Answers a public page from the cache, ahead of every other filter. An anonymous reader's page
     * not cached yet is rendered once, as nobody in particular, through the whole filter chain, and
     * kept. A request with a session cookie is answered only from a page already cached, with its
     * slots filled for the reader whose sign-in the session holds; anything else about it (a
     * remembered sign-in, a sign-in to refresh, a page not cached) is left to the security filters
     * and {@link #serveAfterSecurity}. Requests for anything but a public page pass on untouched.
     */
    void serve(HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean hasSession)
            throws IOException, ServletException {
        if (request.getAttribute(UNREADABLE_QUERY) != null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!publicPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!cache.enabled()) {
            // Turned off to measure renders: every public page renders in its turn, as misses do.
            renderUncached(request, response, chain);
            return;
        }
        CacheKey key = CacheKey.of(request);
        if (key == null) {
            if (hasSession) {
                chain.doFilter(request, response);
            } else {
                renderUncached(request, response, chain);
            }
        } else if (hasSession) {
            serveFromSession(key, request, response, chain);
        } else {
            serveAnonymous(key, request, response, chain);
        }
    }

    /**
     * Answers an anonymous reader's request for a page already cached, as the servlet container
     * received it ({@link CachedPagesValve}); false leaves the request to the filters untouched.
     */
    boolean answerCached(HttpServletRequest request, HttpServletResponse response, boolean hasSession)
            throws IOException {
        if (hasSession || !cache.enabled() || !publicPage(request)) {
            return false;
        }
        CacheKey key;
        try {
            key = CacheKey.of(request);
        } catch (IllegalStateException unreadableQuery) {
            // Tomcat refuses a query it cannot decode when the parameters are first read, and only
            // then: thrown here it would become a bare 500, so the filters are told to refuse it.
            request.setAttribute(UNREADABLE_QUERY, Boolean.TRUE);
            return false;
        }
        CachedPage page = key == null ? null : cache.peek(key.value());
        if (page == null) {
            return false;
        }
        cache.countHit();
        write(page, request, response);
        return true;
    }

    private void serveAnonymous(
            CacheKey key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CachedPage page = cache.get(key.value());
        if (page == null && "GET".equals(request.getMethod())) {
            page = renderOnce(key, request, response, chain);
            if (page == null) {
                return;
            }
        }
        if (page == null) {
            renderUncached(request, response, chain);
        } else {
            write(page, request, response);
        }
    }

    private void serveFromSession(
            CacheKey key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CachedPage page = cache.peek(key.value());
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!page.personal()) {
            cache.countHit();
            write(page, request, response);
            return;
        }
        Authentication reader = savedSignIn.load(request, response);
        if (reader == null) {
            chain.doFilter(request, response);
            return;
        }
        cache.countHit();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(reader);
        SecurityContextHolder.setContext(context);
        try {
            writePersonal(page, request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * Answers, once the security filters know the reader, a request {@link #serve} left to them:
     * from the cache when the page is there; otherwise it is rendered for the reader as usual and
     * not kept, since only a render through every filter carries the security headers.
     */
    void serveAfterSecurity(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, boolean personal)
            throws IOException, ServletException {
        CacheKey key = CacheKey.of(request);
        CachedPage page = key == null ? null : cache.get(key.value());
        if (page == null) {
            renderUncached(request, response, chain);
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
            CacheKey key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var mine = new CompletableFuture<@Nullable CachedPage>();
        CompletableFuture<@Nullable CachedPage> theirs = cache.claim(key.value(), mine);
        if (theirs != null) {
            CachedPage page = await(theirs);
            if (page == null) {
                renderUncached(request, response, chain);
            } else {
                cache.countHit();
            }
            return page;
        }
        CachedPage page = null;
        try {
            page = render(key, request, response, chain);
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
            CacheKey key, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var anonymous = new CacheRenderRequest(request, key);
        var capture = new CapturingResponse(response);
        // A change made while this render waited for its turn is shown by it: count from the turn.
        long began = turns.take(() -> {
            long changes = cache.beginRender();
            Slots.startMarking();
            try {
                chain.doFilter(anonymous, capture);
            } finally {
                Slots.stopMarking();
            }
            return changes;
        });
        byte[] body = capture.body();
        String contentType = capture.getContentType();
        if (!capture.plainPage()
                || !PageKeys.tagged(anonymous)
                || anonymous.askedForSession()
                || contentType == null
                || body.length > cache.maxPageBytes()) {
            capture.replay(response, CachedPage.strip(body));
            return null;
        }
        CachedPage page =
                CachedPage.of(body, contentType, replayed(capture), PageKeys.of(anonymous), clock.millis(), files);
        cache.store(key.value(), page, began);
        return page;
    }

    /**
     * Renders a page that will not be kept (for a signed-in reader, a HEAD request, a page that
     * cannot be cached, or with the cache turned off) in its turn, and sends it after the turn.
     */
    private void renderUncached(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CapturingResponse rendered = turns.take(() -> {
            var capture = new CapturingResponse(response);
            chain.doFilter(request, capture);
            return capture;
        });
        rendered.replay(response, rendered.body());
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
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        Path file = gzip ? page.gzipFile() : page.plainFile();
        if (file != null && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
            request.setAttribute(SENDFILE_FILE, file.toString());
            request.setAttribute(SENDFILE_START, 0L);
            request.setAttribute(SENDFILE_END, (long) body.length);
        } else {
            response.getOutputStream().write(body);
        }
    }

    /** The page for one signed-in reader: never stored by browsers' or CDNs' shared caches. */
    private void writePersonal(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] plain = page.plain();
        List<Bytes> body = new ArrayList<>(page.slots().size() * 4 + 1);
        int from = 0;
        for (CachedPage.Slot slot : page.slots()) {
            body.add(new Bytes(plain, from, slot.start() - from));
            fill(page, slot, request, body);
            from = slot.end();
        }
        body.add(new Bytes(plain, from, plain.length - from));
        int length = 0;
        for (Bytes bytes : body) {
            length += bytes.length();
        }
        writeHeaders(page, response);
        response.setHeader("Cache-Control", "private, no-cache");
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        response.setContentLength(length);
        if (!"HEAD".equals(request.getMethod())) {
            OutputStream out = response.getOutputStream();
            for (Bytes bytes : body) {
                out.write(bytes.array(), bytes.offset(), bytes.length());
            }
        }
    }

    /** Part of a response body: the page's own bytes are written from where they lie, uncopied. */
    private record Bytes(byte[] array, int offset, int length) {
        Bytes(byte[] array) {
            this(array, 0, array.length);
        }
    }

    /**
     * Adds the slot for this reader to the body. A slot that fails (its story unpublished a moment
     * ago, say) shows what anonymous readers see rather than failing the page around it.
     */
    private void fill(CachedPage page, CachedPage.Slot slot, HttpServletRequest request, List<Bytes> body) {
        var anonymous = new Bytes(page.plain(), slot.start(), slot.end() - slot.start());
        PageSlot renderer = slots.get(slot.name());
        if (renderer == null) {
            body.add(anonymous);
            return;
        }
        try {
            String group = renderer.sharedBy(slot.argument(), request);
            if (group == null) {
                body.add(new Bytes(renderer.render(slot.argument(), request).getBytes(StandardCharsets.UTF_8)));
                return;
            }
            List<byte[]> parts = page.sharedSlots()
                    .computeIfAbsent(
                            slot.name() + ':' + slot.argument() + ':' + group,
                            shared -> PlaceholderToken.split(renderer.renderShared(
                                    slot.argument(), group, PlaceholderToken.onRequest(request))));
            byte[] token = parts.size() > 1 ? PlaceholderToken.escaped(request) : null;
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    body.add(new Bytes(token));
                }
                body.add(new Bytes(parts.get(i)));
            }
        } catch (RuntimeException e) {
            log.warn(
                    "The {} slot failed for {}; showing its anonymous version",
                    slot.name(),
                    LogSafe.text(request.getRequestURI()),
                    e);
            body.add(anonymous);
        }
    }

    private static void writeHeaders(CachedPage page, HttpServletResponse response) {
        for (Map.Entry<String, String> header : page.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
    }
}
