package news.bulletin.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Turns for rendering pages the cache does not hold, taken in the order asked, on a few render
 * threads of their own.
 *
 * <p>In turns: when many pages are missing at once (after a start, or when a popular list changes),
 * rendering all of them together would share the processors among them, so each would finish late
 * and the readers waiting for cached pages would queue behind them; in turns, each render finishes
 * at full speed and cached pages keep being answered at once. Measured with bench/run.sh's mixed
 * load, which starts on 300 pages not yet cached.
 *
 * <p>On render threads, which are platform threads: a page makes some twenty database calls. On
 * PostgreSQL each is a round trip over a socket, and a virtual thread waiting for one is parked and
 * woken again through the JDK's poller, which measured 7.5 ms for a cold article page against 4.5 ms
 * on a platform thread (bench/README.md). On SQLite, whose calls pin a virtual thread's carrier,
 * renders off the carriers leave them free for the cached pages. The request's own thread, virtual
 * or not, waits for its render and then sends it.
 */
@Component
class RenderTurns implements DisposableBean {
    private final CustomizableThreadFactory threads = new CustomizableThreadFactory("page-render-");
    private final ExecutorService renderers;

    RenderTurns(PageCacheProperties properties) {
        int configured = properties.concurrentRenders();
        int count = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        threads.setThreadGroupName("page-render");
        threads.setDaemon(true);
        // A fixed pool's queue is first in, first out: the turns are taken in the order asked.
        this.renderers = Executors.newFixedThreadPool(count, threads);
    }

    interface Render<T> {
        T run() throws IOException, ServletException;
    }

    /**
     * Runs a render in its turn on a render thread, with the request's context (who is reading, the
     * request attributes, the locale) as the filters before it set them. It must not write to the
     * reader's connection: a reader reading slowly would hold the turn for as long, so renders write
     * to a {@link CapturingResponse} and the caller sends it once the turn is over.
     */
    <T> T take(Render<T> render) throws IOException, ServletException {
        if (Thread.currentThread().getThreadGroup() == threads.getThreadGroup()) {
            // A render that renders another page has its turn already; waiting for a second could
            // take every render thread.
            return render.run();
        }
        var context = RequestThreadContext.current();
        Future<T> rendered = renderers.submit(() -> context.run(render));
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return rendered.get();
                } catch (InterruptedException e) {
                    // The render goes on into its capture whatever happens here; wait for it as before.
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static RuntimeException rethrown(Throwable failure) throws IOException, ServletException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof ServletException servlet) {
            throw servlet;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new ServletException(failure);
    }

    /** Renders not started are cancelled, so that the requests waiting for them fail rather than hang. */
    @Override
    public void destroy() {
        for (Runnable waiting : renderers.shutdownNow()) {
            if (waiting instanceof Future<?> render) {
                render.cancel(false);
            }
        }
    }

    /** The thread-bound request state a render needs, carried from the request's thread. */
    private record RequestThreadContext(
            SecurityContext security,
            @Nullable RequestAttributes attributes,
            @Nullable LocaleContext locale) {
        static RequestThreadContext current() {
            return new RequestThreadContext(
                    SecurityContextHolder.getContext(),
                    RequestContextHolder.getRequestAttributes(),
                    LocaleContextHolder.getLocaleContext());
        }

        <T> T run(Render<T> render) throws IOException, ServletException {
            SecurityContextHolder.setContext(security);
            RequestContextHolder.setRequestAttributes(attributes);
            LocaleContextHolder.setLocaleContext(locale);
            try {
                return render.run();
            } finally {
                SecurityContextHolder.clearContext();
                RequestContextHolder.resetRequestAttributes();
                LocaleContextHolder.resetLocaleContext();
            }
        }
    }
}
