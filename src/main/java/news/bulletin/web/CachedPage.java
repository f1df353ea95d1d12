package news.bulletin.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * A page as the cache keeps it: the bytes anonymous readers get, plain and gzip, and the same page
 * cut at its personal slots, for signed-in readers.
 *
 * @param gzip the gzip bytes, or null when compressing saves nothing
 * @param lastModified when it was rendered, in whole seconds since the epoch, as HTTP dates go
 * @param headers the headers the rendering set that every copy carries (security headers)
 * @param surrogateKey the keys as the {@code Surrogate-Key} header lists them
 * @param slots the personal parts, in order, as places in {@code plain}
 * @param plainFile {@code plain} as a file for sendfile, or null
 * @param gzipFile {@code gzip} as a file, or null
 * @param sharedSlots slots rendered for a group of readers ({@link PageSlot#sharedBy}), cut around
 *     the form token, kept as long as the page; a handful per page, so not weighed
 */
record CachedPage(
        byte[] plain,
        byte @Nullable [] gzip,
        String etag,
        long lastModified,
        String contentType,
        List<Map.Entry<String, String>> headers,
        Set<String> keys,
        String surrogateKey,
        List<Slot> slots,
        @Nullable Path plainFile,
        @Nullable Path gzipFile,
        Map<String, List<byte[]>> sharedSlots) {

    /** A personal part: its name, the page's argument for it, and where anonymous readers' version lies. */
    record Slot(String name, String argument, int start, int end) {}

    static CachedPage of(
            byte[] rendered,
            String contentType,
            List<Map.Entry<String, String>> headers,
            Set<String> keys,
            long renderedAtMillis,
            PageFiles files) {
        var plain = new ByteArrayOutputStream(rendered.length);
        List<Slot> slots = cut(rendered, plain);
        byte[] bytes = plain.toByteArray();
        byte[] zipped = gzip(bytes);
        byte[] gzip = zipped.length < bytes.length ? zipped : null;
        String tag = digest(bytes);
        return new CachedPage(
                bytes,
                gzip,
                tag,
                renderedAtMillis / 1000 * 1000,
                contentType,
                List.copyOf(headers),
                Set.copyOf(keys),
                String.join(" ", new TreeSet<>(keys)),
                slots,
                files.write(bytes),
                gzip == null ? null : files.write(gzip),
                new ConcurrentHashMap<>());
    }

    /** The entity tag of the gzip bytes: a strong tag must differ from the plain bytes' one. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    boolean personal() {
        return !slots.isEmpty();
    }

    /** What the page costs the cache, in bytes. */
    int weight() {
        int bytes = plain.length + (gzip == null ? 0 : gzip.length) + 512;
        for (String key : keys) {
            bytes += key.length() + 48;
        }
        return bytes;
    }

    /** The rendered page without its slot markers, as readers who are not the cache get it. */
    static byte[] strip(byte[] rendered) {
        if (indexOf(rendered, Slots.OPEN, 0) < 0) {
            return rendered;
        }
        var plain = new ByteArrayOutputStream(rendered.length);
        cut(rendered, plain);
        return plain.toByteArray();
    }

    /** Writes the page without its markers to {@code plain}, and says where the slots were. */
    private static List<Slot> cut(byte[] rendered, ByteArrayOutputStream plain) {
        List<Slot> slots = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = indexOf(rendered, Slots.OPEN, from);
            int nameStart = open + Slots.OPEN.length;
            int markerEnd = open < 0 ? -1 : indexOf(rendered, "-->".getBytes(StandardCharsets.US_ASCII), nameStart);
            int close = markerEnd < 0 ? -1 : indexOf(rendered, Slots.CLOSE, markerEnd);
            if (close < 0) {
                break;
            }
            String marker = new String(rendered, nameStart, markerEnd - nameStart, StandardCharsets.US_ASCII);
            int colon = marker.indexOf(':');
            plain.write(rendered, from, open - from);
            int start = plain.size();
            plain.write(rendered, markerEnd + 3, close - markerEnd - 3);
            slots.add(new Slot(marker.substring(0, colon), marker.substring(colon + 1), start, plain.size()));
            from = close + Slots.CLOSE.length;
        }
        plain.write(rendered, from, rendered.length - from);
        return slots;
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] gzip(byte[] plain) {
        var bytes = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String digest(byte[] plain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(plain);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(hash)
                            .substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
