package news.bulletin.web;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * A stand-in form token for a slot rendered once and shared by many readers: the render writes this
 * random word where the token goes, and each reader's copy gets their own token in its place.
 */
final class PlaceholderToken {
    private static final String VALUE = "formtoken" + randomHex();
    private static final String ATTRIBUTE = CsrfToken.class.getName();

    private PlaceholderToken() {}

    /** The request as the shared render sees it: the same, but with the stand-in token. */
    static HttpServletRequest onRequest(HttpServletRequest request) {
        CsrfToken real = (CsrfToken) request.getAttribute(ATTRIBUTE);
        if (real == null) {
            return request;
        }
        CsrfToken standIn = new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), VALUE);
        return new HttpServletRequestWrapper(request) {
            @Override
            public @Nullable Object getAttribute(String name) {
                return name.equals(ATTRIBUTE) || name.equals(real.getParameterName())
                        ? standIn
                        : super.getAttribute(name);
            }
        };
    }

    /** The shared render as UTF-8, cut where the stand-in token was: each reader's token goes between the parts. */
    static List<byte[]> split(String shared) {
        List<byte[]> parts = new ArrayList<>(3);
        int from = 0;
        for (int at = shared.indexOf(VALUE); at >= 0; at = shared.indexOf(VALUE, from)) {
            parts.add(shared.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + VALUE.length();
        }
        parts.add(shared.substring(from).getBytes(StandardCharsets.UTF_8));
        return List.copyOf(parts);
    }

    /** This request's token, escaped as a template writes it into an attribute. */
    static byte[] escaped(HttpServletRequest request) {
        CsrfToken real = (CsrfToken) request.getAttribute(ATTRIBUTE);
        if (real == null) {
            throw new IllegalStateException("a shared slot holds a form but the request has no token");
        }
        var escaped = new StringOutput(128);
        Escape.htmlAttribute(real.getToken(), escaped);
        return escaped.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
