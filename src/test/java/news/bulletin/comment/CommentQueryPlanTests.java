package news.bulletin.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The checks made on every comment post and every signed-in story view read the reader's own
 * comments on the story, however many comments the story has: SQLite's plans for them, on the
 * migrated schema.
 */
@SpringBootTest(properties = "bulletin.sample-content=false")
class CommentQueryPlanTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "comment-plans");
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRepeatedTextIsLookedForAmongTheAuthorsLatestCommentsOnTheStory() {
        List<String> plan = plan(
                CommentRepository.SAME_TEXT, Map.of("author", 1L, "article", 2L, "latest", 50, "text", "Same again"));

        assertThat(plan).anyMatch(step -> step.contains("comments_author_story (author_id=? AND article_id=?)"));
        assertThat(plan).noneMatch(step -> step.contains("comments_thread") || step.contains("TEMP B-TREE"));
    }

    @Test
    void whetherAReaderCommentedOnAStoryIsOneIndexLookup() {
        List<String> plan = plan(CommentRepository.COMMENTED_HERE, Map.of("person", 1L, "article", 2L));

        assertThat(plan).anyMatch(step -> step.contains("comments_author_story (author_id=? AND article_id=?)"));
        assertThat(plan).noneMatch(step -> step.contains("comments_thread"));
    }

    private List<String> plan(String sql, Map<String, Object> parameters) {
        return jdbc.sql("EXPLAIN QUERY PLAN " + sql)
                .params(parameters)
                .query((rs, n) -> rs.getString("detail"))
                .list();
    }
}
