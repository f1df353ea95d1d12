package news.bulletin.web;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Marks the personal parts of a page while it is rendered for the page cache, as HTML comments
 * that the cache cuts out again before any reader sees the page. The markers carry a random word
 * chosen at start-up, so no text in a story or comment can pass for one.
 */
public final class Slots {
    static final String NONCE = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
    static final byte[] OPEN = ("<!--slot-" + NONCE + ":").getBytes(StandardCharsets.US_ASCII);
    static final byte[] CLOSE = ("<!--/slot-" + NONCE + "-->").getBytes(StandardCharsets.US_ASCII);
    private static final Pattern NAME = Pattern.compile("[a-z]+");
    private static final Pattern ARGUMENT = Pattern.compile("[A-Za-z0-9:_-]*");
    private static final ThreadLocal<Boolean> MARKING = new ThreadLocal<>();

    private Slots() {}

    /** The start of a slot: everything up to {@link #close()} is what anonymous readers see. */
    public static String open(String name, String argument) {
        if (!NAME.matcher(name).matches() || !ARGUMENT.matcher(argument).matches()) {
            throw new IllegalArgumentException("not a slot: " + name + " " + argument);
        }
        return Boolean.TRUE.equals(MARKING.get()) ? "<!--slot-" + NONCE + ":" + name + ":" + argument + "-->" : "";
    }

    public static String close() {
        return Boolean.TRUE.equals(MARKING.get()) ? "<!--/slot-" + NONCE + "-->" : "";
    }

    /** Whether this thread renders a page for the cache. */
    public static boolean marking() {
        return Boolean.TRUE.equals(MARKING.get());
    }

    static void startMarking() {
        MARKING.set(Boolean.TRUE);
    }

    static void stopMarking() {
        MARKING.remove();
    }
}
