package news.bulletin.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads {@code Accept-Encoding} for the one coding the page cache keeps. */
final class AcceptEncoding {
    private static final int MAX_LENGTH = 512;

    private AcceptEncoding() {}

    /** Whether gzip is acceptable: named (or "*") without {@code q=0}. Odd or huge headers get plain bytes. */
    static boolean allowsGzip(@Nullable String header) {
        if (header == null || header.length() > MAX_LENGTH) {
            return false;
        }
        boolean gzip = false;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
                if (parameter.matches("q=0(\\.0{0,3})?")) {
                    refused = true;
                }
            }
            if (coding.equals("gzip")) {
                return !refused;
            }
            gzip = !refused;
        }
        return gzip;
    }
}
