package news.bulletin.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A response that keeps everything to itself: status, headers and body stay here until {@link
 * #replay} hands them on, so a page rendered for the cache touches the reader's response only if
 * it is sent to them as it is.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private int status = SC_OK;
    private @Nullable String errorMessage;
    private boolean error;
    private @Nullable String redirect;
    private final List<Cookie> cookies = new ArrayList<>();
    private @Nullable String contentType;
    private String characterEncoding = StandardCharsets.UTF_8.name();
    private @Nullable PrintWriter writer;
    private @Nullable ServletOutputStream stream;

    CapturingResponse(HttpServletResponse response) {
        super(response);
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Whether this is an ordinary page, as opposed to an error, a redirect or a response setting cookies. */
    boolean plainPage() {
        return status == SC_OK && !error && redirect == null && cookies.isEmpty() && !headers.containsKey("Set-Cookie");
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    /** Sends what was captured to the real response, with the body given. */
    void replay(HttpServletResponse response, byte[] content) throws IOException {
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        cookies.forEach(response::addCookie);
        if (error) {
            if (errorMessage == null) {
                response.sendError(status);
            } else {
                response.sendError(status, errorMessage);
            }
            return;
        }
        if (redirect != null) {
            response.sendRedirect(redirect);
            return;
        }
        response.setStatus(status);
        if (contentType != null) {
            response.setContentType(contentType);
        }
        if (content.length > 0) {
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookies.add(cookie);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
        error = true;
        errorMessage = msg;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
        error = true;
    }

    @Override
    public void sendRedirect(String location) {
        status = SC_FOUND;
        redirect = location;
    }

    @Override
    public void setHeader(String name, @Nullable String value) {
        if (value == null) {
            headers.remove(name);
        } else if ("Content-Type".equalsIgnoreCase(name)) {
            setContentType(value);
        } else {
            headers.put(name, new ArrayList<>(List.of(value)));
        }
    }

    @Override
    public void addHeader(String name, @Nullable String value) {
        if (value != null) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        setHeader(name, httpDate(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, httpDate(date));
    }

    @Override
    public boolean containsHeader(String name) {
        return headers.containsKey(name);
    }

    @Override
    public @Nullable String getHeader(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        return headers.getOrDefault(name, List.of());
    }

    @Override
    public Collection<String> getHeaderNames() {
        return headers.keySet();
    }

    @Override
    public void setContentType(@Nullable String type) {
        contentType = type;
        if (type != null) {
            int charset = type.toLowerCase(java.util.Locale.ROOT).indexOf("charset=");
            if (charset >= 0) {
                characterEncoding = type.substring(charset + 8).trim();
            }
        }
    }

    @Override
    public @Nullable String getContentType() {
        return contentType;
    }

    @Override
    public void setCharacterEncoding(String charset) {
        characterEncoding = charset;
        if (contentType != null && !contentType.contains("charset=")) {
            contentType = contentType + ";charset=" + charset;
        }
    }

    @Override
    public String getCharacterEncoding() {
        return characterEncoding;
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void setBufferSize(int size) {}

    @Override
    public void flushBuffer() {}

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        resetBuffer();
        headers.clear();
        status = SC_OK;
        contentType = null;
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a captured response is written synchronously");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(characterEncoding)));
        }
        return writer;
    }

    private static String httpDate(long millis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
    }
}
