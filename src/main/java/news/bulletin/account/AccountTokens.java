package news.bulletin.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One-time tokens for links in mails. Only a SHA-256 of each token is stored, so a copy of the
 * database cannot be used to verify an address or reset a password.
 */
@Repository
class AccountTokens {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh token for the person; earlier unused tokens for the same purpose stop working. */
    String issue(long personId, TokenPurpose purpose, @Nullable String email, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE account_tokens SET used_at = :now
                        WHERE person_id = :person AND purpose = :purpose AND used_at IS NULL
                        """)
                .param("now", now.toEpochMilli())
                .param("person", personId)
                .param("purpose", purpose.name())
                .update();
        jdbc.sql("""
                        INSERT INTO account_tokens (token_hash, person_id, purpose, email, expires_at)
                        VALUES (:hash, :person, :purpose, :email, :expires)
                        """)
                .param("hash", hash(token))
                .param("person", personId)
                .param("purpose", purpose.name())
                .param("email", email)
                .param("expires", now.plus(lifetime).toEpochMilli())
                .update();
        return token;
    }

    /** Looks a token up without using it. */
    Redemption check(String token, TokenPurpose purpose) {
        return jdbc.sql("""
                        SELECT person_id, email, expires_at, used_at FROM account_tokens
                        WHERE token_hash = :hash AND purpose = :purpose
                        """)
                .param("hash", hash(token))
                .param("purpose", purpose.name())
                .query((rs, n) -> {
                    long used = rs.getLong("used_at");
                    boolean wasUsed = !rs.wasNull();
                    LinkCheck state = wasUsed
                            ? LinkCheck.USED
                            : rs.getLong("expires_at") < clock.millis() ? LinkCheck.EXPIRED : LinkCheck.DONE;
                    return new Redemption(state, rs.getLong("person_id"), rs.getString("email"));
                })
                .optional()
                .orElse(new Redemption(LinkCheck.UNKNOWN, 0, null));
    }

    /** Uses a valid token; only one of two racing requests succeeds. */
    Redemption redeem(String token, TokenPurpose purpose) {
        Redemption redemption = check(token, purpose);
        if (redemption.state() != LinkCheck.DONE) {
            return redemption;
        }
        int updated = jdbc.sql("UPDATE account_tokens SET used_at = :now WHERE token_hash = :hash AND used_at IS NULL")
                .param("now", clock.millis())
                .param("hash", hash(token))
                .update();
        return updated == 1 ? redemption : new Redemption(LinkCheck.USED, redemption.personId(), null);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A token's state, whose it is, and the address it confirms (for email changes). */
    record Redemption(
            LinkCheck state, long personId, @Nullable String email) {}
}
