package news.bulletin.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Makes and checks URL slugs: lowercase ASCII letters and digits separated by single dashes. */
public final class Slugs {
    public static final int MAX_LENGTH = 80;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** A slug for free text: "Zürich's new Mayor!" becomes "zurichs-new-mayor". */
    public static String of(String text) {
        String folded = fold(text).replace("'", "").replace("\u2019", "");
        String slug = NOT_ALNUM.matcher(folded).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    /** Lowercase with accents and other marks removed: "Zürich" becomes "zurich". */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }
}
