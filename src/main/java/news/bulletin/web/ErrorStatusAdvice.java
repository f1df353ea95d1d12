package news.bulletin.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import news.bulletin.shared.BadRequestException;
import news.bulletin.shared.NotFoundException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Turns the kernel's not-found and bad-request exceptions into statuses that {@link ErrorPages} renders. */
@ControllerAdvice
class ErrorStatusAdvice {
    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(BadRequestException.class)
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
