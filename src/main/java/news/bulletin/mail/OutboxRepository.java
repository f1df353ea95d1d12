package news.bulletin.mail;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the dev outbox. */
@Repository
class OutboxRepository {
    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Mail mail, Instant now) {
        jdbc.sql("""
                        INSERT INTO outbox_mail (recipient, subject, body, created_at)
                        VALUES (:to, :subject, :body, :now)
                        """)
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("body", mail.text())
                .param("now", now.toEpochMilli())
                .update();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_mail").query(Long.class).single();
    }

    List<OutboxMail> newest(int limit, long offset) {
        return jdbc.sql("""
                        SELECT id, recipient, subject, body, created_at FROM outbox_mail
                        ORDER BY id DESC LIMIT :limit OFFSET :offset
                        """)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> new OutboxMail(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("body"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }
}
