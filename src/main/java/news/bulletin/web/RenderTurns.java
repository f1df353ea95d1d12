package news.bulletin.web;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.stereotype.Component;

/**
 * Turns for rendering pages the cache does not hold, taken in the order asked. When many pages are
 * missing at once (after a start, or when a popular list changes), rendering all of them together
 * would share the processors among them, so each would finish late and the readers waiting for
 * cached pages would queue behind them; in turns, each render finishes at full speed and cached
 * pages keep being answered at once. Measured with bench/run.sh's mixed load, which starts on 300
 * pages not yet cached.
 */
@Component
class RenderTurns {
    private final Semaphore turns;

    RenderTurns(PageCacheProperties properties) {
        int configured = properties.concurrentRenders();
        this.turns = new Semaphore(
                configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors(), true);
    }

    interface Render<T> {
        T run() throws IOException, ServletException;
    }

    /**
     * Runs a render in its turn. It must not write to the reader's connection: a reader reading
     * slowly would hold the turn for as long, so renders write to a {@link CapturingResponse} and
     * the caller sends it once the turn is over.
     */
    <T> T take(Render<T> render) throws IOException, ServletException {
        turns.acquireUninterruptibly();
        try {
            return render.run();
        } finally {
            turns.release();
        }
    }
}
