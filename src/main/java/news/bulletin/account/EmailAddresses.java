package news.bulletin.account;

import java.util.Locale;

/** Email addresses are compared and stored trimmed and lower-cased, so that sign-in ignores case. */
final class EmailAddresses {
    private EmailAddresses() {}

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
