package news.bulletin.platform;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps SQLite's table statistics current. Without them its planner guesses, and once took a
 * lookup of a hundred stories by id for a walk over every published story. {@code PRAGMA optimize}
 * analyses only the tables whose statistics are missing or stale, each from a sample, so it takes
 * well under a second even at 100,000 stories; PostgreSQL's autovacuum does the same there.
 */
@Component
class SqliteStatistics {
    private final JdbcClient jdbc;
    private final Database database;

    SqliteStatistics(JdbcClient jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    /** One transaction, so that both pragmas run on the same connection. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT6H")
    @Transactional
    public void refresh() {
        if (database.engine() == Database.Engine.SQLITE) {
            jdbc.sql("PRAGMA analysis_limit = 1000").query().singleRow();
            // 0x10002: look at every table, not only those this connection has used.
            jdbc.sql("PRAGMA optimize = 0x10002").query().listOfRows();
        }
    }
}
