package news.bulletin.platform;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Whether this database has been set up; the first start records it, exactly once across nodes. */
@Service
public class Installation {
    private final JdbcClient jdbc;
    private final Clock clock;

    Installation(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isInstalled() {
        return jdbc.sql("SELECT COUNT(*) FROM installation").query(Long.class).single() > 0;
    }

    /**
     * Records the installation and says whether this call did it. Run it in the same transaction as
     * the first-run work: a second node starting at the same moment waits for the first one's
     * transaction and then finds the row there, so exactly one node does the work.
     */
    public boolean record(boolean sampleContent) {
        return jdbc.sql("""
                        INSERT INTO installation (id, installed_at, sample_content) VALUES (1, :now, :sample)
                        ON CONFLICT (id) DO NOTHING
                        """)
                        .param("now", clock.millis())
                        .param("sample", sampleContent)
                        .update()
                == 1;
    }
}
