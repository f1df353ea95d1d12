package news.bulletin.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends hand-written requests over a socket, for the malformed ones a well-behaved HTTP client
 * refuses to send (bad percent-encoding, odd characters, absurd lengths).
 */
public final class RawHttp {
    private RawHttp() {}

    /** The status code and everything after the status line, for a raw request line and headers. */
    public record Answer(int status, String text) {}

    public static Answer send(int port, String requestLineAndHeaders) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            String request = requestLineAndHeaders + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String text = readAll(socket.getInputStream());
            if (text.isEmpty()) {
                return new Answer(0, "");
            }
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            return new Answer(Integer.parseInt(statusLine[1]), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(InputStream input) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try {
            input.transferTo(bytes);
        } catch (java.net.SocketException e) {
            // The server may reset the connection right after answering a request it rejected.
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
