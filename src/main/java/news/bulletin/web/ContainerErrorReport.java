package news.bulletin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for errors the servlet container answers itself, before the application sees the
 * request (a garbled URL, say): a plain page with a reference id instead of the container's own
 * report, which names the server and its version.
 */
public class ContainerErrorReport extends ErrorReportValve {
    private static final Logger log = LoggerFactory.getLogger(ContainerErrorReport.class);

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String reference = ReferenceIds.next();
        log.info(
                "[ref {}] {} {} refused by the server with {}",
                reference,
                LogSafe.text(String.valueOf(request.getMethod())),
                LogSafe.text(String.valueOf(request.getRequestURI())),
                status);
        String body = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Error " + status
                + "</title></head><body><h1>We couldn't handle that request</h1>"
                + "<p>Check the address and try again, or go to the <a href=\"/\">home page</a>.</p>"
                + "<p>Reference: " + reference + "</p></body></html>";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            log.debug("[ref {}] could not write the error report", reference, e);
        }
    }
}
