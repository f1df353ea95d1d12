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

    interface Render {
        void run() throws IOException, ServletException;
    }

    void take(Render render) throws IOException, ServletException {
        turns.acquireUninterruptibly();
        try {
            render.run();
        } finally {
            turns.release();
        }
    }
}
