package news.bulletin.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import news.bulletin.shared.KeptAnswers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the sign-in side of {@code people}: credentials, addresses, passwords, roles and access. */
@Repository
class AccountRepository {
    /** The credentials every signed-in request checks ({@link AccountSignIn}); changes here forget them. */
    private final KeptAnswers<Long, Credentials> current = new KeptAnswers<>();

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Credentials> findCredentials(String email) {
        return jdbc.sql(CREDENTIALS + " AND email = :email")
                .param("email", email)
                .query(AccountRepository::credentials)
                .optional();
    }

    Optional<Credentials> findCredentials(long id) {
        return Optional.ofNullable(current.get(
                id,
                key -> jdbc.sql(CREDENTIALS + " AND id = :id")
                        .param("id", key)
                        .query(AccountRepository::credentials)
                        .optional()
                        .orElse(null)));
    }

    private static final String CREDENTIALS = """
            SELECT id, name, email, password_hash, role, enabled, email_verified_at
            FROM people WHERE password_hash IS NOT NULL AND deleted_at IS NULL
            """;

    private static Credentials credentials(ResultSet rs, int row) throws SQLException {
        rs.getLong("email_verified_at");
        boolean verified = !rs.wasNull();
        return new Credentials(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("email"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                verified);
    }

    Optional<Account> findAccount(long id) {
        return jdbc.sql(ACCOUNT_SELECT + " WHERE id = :id AND deleted_at IS NULL")
                .param("id", id)
                .query(AccountRepository::account)
                .optional();
    }

    Optional<Account> findAccountByEmail(String email) {
        return jdbc.sql(ACCOUNT_SELECT + " WHERE email = :email AND deleted_at IS NULL")
                .param("email", email)
                .query(AccountRepository::account)
                .optional();
    }

    List<Account> accounts(int limit, long offset) {
        return jdbc.sql(ACCOUNT_SELECT
                        + " WHERE email IS NOT NULL AND deleted_at IS NULL ORDER BY id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query(AccountRepository::account)
                .list();
    }

    long countAccounts() {
        return jdbc.sql("SELECT COUNT(*) FROM people WHERE email IS NOT NULL AND deleted_at IS NULL")
                .query(Long.class)
                .single();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("SELECT password_hash FROM people WHERE id = :id AND password_hash IS NOT NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    /** Sets and confirms an address; remembered logins made under the old one stop working. */
    void markVerified(long id, String email, Instant now) {
        current.forget(id);
        forgetRememberedLogins(id);
        jdbc.sql("UPDATE people SET email = :email, email_verified_at = :now WHERE id = :id")
                .param("email", email)
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
    }

    /**
     * Remember-me tokens are stored under the address (Spring Security's persistent_logins); they
     * go whenever the address, the password or the account's access changes.
     */
    void forgetRememberedLogins(long id) {
        jdbc.sql("DELETE FROM persistent_logins WHERE username = (SELECT email FROM people WHERE id = :id)")
                .param("id", id)
                .update();
    }

    /** Cancels links mailed to confirm an address, such as a pending change of address. */
    void cancelPendingVerifications(long id) {
        jdbc.sql("DELETE FROM account_tokens WHERE person_id = :id AND purpose = 'VERIFY_EMAIL' AND used_at IS NULL")
                .param("id", id)
                .update();
    }

    long countWithRole(Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM people WHERE role = :role AND enabled = TRUE AND deleted_at IS NULL")
                .param("role", role.name())
                .query(Long.class)
                .single();
    }

    void rename(long id, String name) {
        current.forget(id);
        jdbc.sql("UPDATE people SET name = :name WHERE id = :id")
                .param("name", name)
                .param("id", id)
                .update();
    }

    /** Changes the password; remembered logins made with the old one stop working. */
    void changePasswordHash(long id, String hash) {
        current.forget(id);
        forgetRememberedLogins(id);
        jdbc.sql("UPDATE people SET password_hash = :hash WHERE id = :id")
                .param("hash", hash)
                .param("id", id)
                .update();
    }

    void setNotifyReplies(long id, boolean notify) {
        jdbc.sql("UPDATE people SET notify_replies = :notify WHERE id = :id")
                .param("notify", notify)
                .param("id", id)
                .update();
    }

    Optional<String> replyMailKey(long id) {
        return jdbc.sql("SELECT reply_mail_key FROM people WHERE id = :id AND reply_mail_key IS NOT NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    void setReplyMailKey(long id, String key) {
        jdbc.sql("UPDATE people SET reply_mail_key = :key WHERE id = :id")
                .param("key", key)
                .param("id", id)
                .update();
    }

    Optional<Long> findIdByReplyMailKey(String key) {
        return jdbc.sql("SELECT id FROM people WHERE reply_mail_key = :key AND deleted_at IS NULL")
                .param("key", key)
                .query(Long.class)
                .optional();
    }

    void setRole(long id, Role role) {
        current.forget(id);
        jdbc.sql("UPDATE people SET role = :role WHERE id = :id")
                .param("role", role.name())
                .param("id", id)
                .update();
    }

    void setEnabled(long id, boolean enabled) {
        current.forget(id);
        forgetRememberedLogins(id);
        jdbc.sql("UPDATE people SET enabled = :enabled WHERE id = :id")
                .param("enabled", enabled)
                .param("id", id)
                .update();
    }

    /**
     * Forgets who a deleted reader was: name, address, password and author page go, the row stays so
     * that what they wrote keeps its place.
     */
    void anonymize(long id, Instant now) {
        current.forget(id);
        forgetRememberedLogins(id);
        jdbc.sql("""
                        UPDATE people SET name = '', slug = :slug, bio = '', role = 'READER', email = NULL, password_hash = NULL,
                            email_verified_at = NULL, notify_replies = FALSE, enabled = FALSE, deleted_at = :now
                        WHERE id = :id
                        """)
                .param("slug", "former-reader-" + id)
                .param("now", now.toEpochMilli())
                .param("id", id)
                .update();
        jdbc.sql("DELETE FROM account_tokens WHERE person_id = :id")
                .param("id", id)
                .update();
    }

    private static final String ACCOUNT_SELECT =
            "SELECT id, name, email, role, email_verified_at, notify_replies, enabled FROM people";

    private static Account account(ResultSet rs, int row) throws SQLException {
        rs.getLong("email_verified_at");
        boolean verified = !rs.wasNull();
        return new Account(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                verified,
                rs.getBoolean("notify_replies"),
                rs.getBoolean("enabled"));
    }

    /** What sign-in needs to know about an account; never leaves the module. */
    record Credentials(
            long id, String name, String email, String passwordHash, Role role, boolean enabled, boolean verified) {}
}
