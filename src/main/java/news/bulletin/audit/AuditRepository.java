package news.bulletin.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code audit_events}; rows are only ever added. */
@Repository
class AuditRepository {
    private static final String COLUMNS =
            "id, occurred_at, actor_id, actor_name, action, subject, value_before, value_after";

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Auditor actor, String action, String subject, String before, String after, Instant at) {
        jdbc.sql("""
                        INSERT INTO audit_events (occurred_at, actor_id, actor_name, action, subject, value_before,
                            value_after)
                        VALUES (:at, :actorId, :actorName, :action, :subject, :before, :after)
                        """)
                .param("at", at.toEpochMilli())
                .param("actorId", actor.id())
                .param("actorName", actor.name())
                .param("action", action)
                .param("subject", subject)
                .param("before", before)
                .param("after", after)
                .update();
    }

    long count(@Nullable String action, @Nullable String subject) {
        var query = jdbc.sql("SELECT COUNT(*) FROM audit_events WHERE 1 = 1" + filters(action, subject));
        return bind(query, action, subject).query(Long.class).single();
    }

    List<AuditEvent> newest(@Nullable String action, @Nullable String subject, int limit, long offset) {
        var query = jdbc.sql("SELECT " + COLUMNS + " FROM audit_events WHERE 1 = 1" + filters(action, subject)
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset);
        return bind(query, action, subject).query(AuditRepository::event).list();
    }

    List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_events ORDER BY action")
                .query(String.class)
                .list();
    }

    private static String filters(@Nullable String action, @Nullable String subject) {
        return (action == null ? "" : " AND action = :action") + (subject == null ? "" : " AND subject = :subject");
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec query, @Nullable String action, @Nullable String subject) {
        JdbcClient.StatementSpec bound = query;
        if (action != null) {
            bound = bound.param("action", action);
        }
        if (subject != null) {
            bound = bound.param("subject", subject);
        }
        return bound;
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        long actor = rs.getLong("actor_id");
        Long actorId = rs.wasNull() ? null : actor;
        return new AuditEvent(
                rs.getLong("id"),
                Instant.ofEpochMilli(rs.getLong("occurred_at")),
                actorId,
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("subject"),
                rs.getString("value_before"),
                rs.getString("value_after"));
    }
}
