package news.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Renders run on render threads with the context of the request that asked for them, leave none
 * of it behind for the next render, and fail as they would have on the request's own thread.
 */
class RenderThreadsTests {
    private final RenderTurns turns =
            new RenderTurns(new PageCacheProperties(true, DataSize.ofMegabytes(1), "public", Duration.ofHours(1), 1));

    @AfterEach
    void stop() {
        clear();
        turns.destroy();
    }

    private static void clear() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRenderSeesItsRequestsReaderAttributesAndLocaleOnARenderThread() throws Exception {
        Authentication reader = UsernamePasswordAuthenticationToken.authenticated("reader", null, List.of());
        SecurityContextHolder.setContext(new SecurityContextImpl(reader));
        var request = new MockHttpServletRequest("GET", "/2026/11/29/story");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        LocaleContextHolder.setLocale(Locale.FRENCH);

        List<Object> seen = turns.take(() -> List.of(
                Thread.currentThread().getName(),
                SecurityContextHolder.getContext().getAuthentication(),
                ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes())
                        .getRequest()
                        .getRequestURI(),
                LocaleContextHolder.getLocale()));

        assertThat((String) seen.get(0)).startsWith("page-render-");
        assertThat(seen.subList(1, 4)).containsExactly(reader, "/2026/11/29/story", Locale.FRENCH);

        clear();
        Object[] next = turns.take(() -> new Object[] {
            SecurityContextHolder.getContext().getAuthentication(), RequestContextHolder.getRequestAttributes()
        });
        assertThat(next).containsOnlyNulls();
    }

    @Test
    void aFailingRenderThrowsItsOwnExceptionToTheRequest() {
        var failure = new IOException("the reader went away");
        assertThatThrownBy(() -> turns.take(() -> {
                    throw failure;
                }))
                .isSameAs(failure);
        var broken = new IllegalStateException("a bug");
        assertThatThrownBy(() -> turns.take(() -> {
                    throw broken;
                }))
                .isSameAs(broken);
    }

    @Test
    void aRenderThatRendersAnotherPageDoesNotWaitForASecondTurn() {
        // One render thread: a nested render waiting for a turn would wait for itself.
        String page = assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> turns.take(() -> "outer " + turns.take(() -> "inner")));
        assertThat(page).isEqualTo("outer inner");
    }
}
