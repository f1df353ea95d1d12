package news.bulletin.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: at least 10 characters, no composition rules, and not one
 * of the common passwords shipped in {@code account/common-passwords.txt}.
 */
@Component
public class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 1000;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** What is wrong with a proposed password, in words for the person choosing it; empty if nothing. */
    public Optional<String> problem(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("That password is one of the most common ones; choose another.");
        }
        if (!email.isBlank() && lower.equals(email.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("Don't use your email address as your password.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        var resource = new ClassPathResource("account/common-passwords.txt");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the common password list", e);
        }
    }
}
