package news.bulletin.web;

import java.security.SecureRandom;

/** Short ids that tie an error page a reader saw to the server's log line about it. */
final class ReferenceIds {
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceIds() {}

    static String next() {
        char[] id = new char[8];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
