package news.bulletin.web;

/** Makes request text safe to log: no line breaks or control characters to forge entries, and short. */
final class LogSafe {
    private static final int MAX = 300;

    private LogSafe() {}

    static String text(String raw) {
        StringBuilder safe = new StringBuilder(Math.min(raw.length(), MAX + 1));
        for (int i = 0; i < raw.length() && safe.length() < MAX; i++) {
            char c = raw.charAt(i);
            safe.append(Character.isISOControl(c) ? '?' : c);
        }
        if (raw.length() > MAX) {
            safe.append('…');
        }
        return safe.toString();
    }
}
