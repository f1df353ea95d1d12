package news.bulletin.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Renders every error the servlet container routes to {@code /error}: a page in the site's layout
 * with a reference id, and one log line carrying the same id with whatever detail the reader must
 * not see.
 */
@Controller
class ErrorPages implements ErrorController {
    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final TemplateEngine templates;
    private final Layouts layouts;

    ErrorPages(TemplateEngine templates, Layouts layouts) {
        this.templates = templates;
        this.layouts = layouts;
    }

    @RequestMapping("/error")
    void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        String reference = ReferenceIds.next();
        logError(request, status, reference);
        ErrorPage page = ErrorPage.forStatus(status, reference);

        var output = new Utf8ByteOutput();
        templates.render("error/error.jte", Map.of("page", page, "layout", layouts.forError(request)), output);
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setStatus(page.status());
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }

    /** A visitor opening {@code /error} directly has asked for a page that does not exist. */
    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer value && value >= 400 && value < 600 ? value : 404;
    }

    private static void logError(HttpServletRequest request, int status, String reference) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String method = LogSafe.text(request.getMethod());
        String uri = LogSafe.text(originalUri(request));
        if (status >= 500) {
            log.error("[ref {}] {} {} failed with {}", reference, method, uri, status, failure);
        } else {
            log.info("[ref {}] {} {} answered {}{}", reference, method, uri, status, reason(failure));
        }
    }

    private static String originalUri(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String value ? value : request.getRequestURI();
    }

    private static String reason(@Nullable Throwable failure) {
        return failure == null ? "" : ": " + LogSafe.text(String.valueOf(failure.getMessage()));
    }
}
