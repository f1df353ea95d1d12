package news.bulletin.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import news.bulletin.BulletinApplication;
import news.bulletin.support.MovableClock;
import news.bulletin.support.TestDataFolders;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Scheduled stories go live when their time comes, once, and after downtime at the next start. */
@SpringBootTest(properties = {"bulletin.sample-content=false", "bulletin.scheduling.interval=1h"})
class ScheduledPublishingTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "scheduling");
    }

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    MovableClock clock;

    @Autowired
    ArticleWorkflow workflow;

    @Autowired
    ScheduledPublishing scheduler;

    @Autowired
    Articles articles;

    @Test
    void aStoryScheduledAMinuteAheadIsPublishedWhenItsTimeComesExactlyOnce() {
        var story = new TestArticles(context).article("Scheduled story");
        long id = story.draft();
        Instant at = clock.instant().plus(Duration.ofMinutes(1));
        workflow.schedule(id, at);

        assertThat(scheduler.publishDue()).isZero();
        assertThat(articles.findPublished(id)).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(scheduler.publishDue()).isEqualTo(1);
        assertThat(scheduler.publishDue()).as("only once").isZero();
        assertThat(context.getBean(news.bulletin.audit.AuditLog.class)
                        .search("article.published", "article:" + id, news.bulletin.shared.PageNumber.FIRST)
                        .items())
                .singleElement()
                .satisfies(event -> assertThat(event.actorName()).isEqualTo("Bulletin (automatic)"));

        Article published = articles.findPublished(id).orElseThrow();
        assertThat(published.publishedAt()).isEqualTo(Instant.ofEpochMilli(at.toEpochMilli()));
        assertThat(articles.findPublished(LocalDate.ofInstant(at, ZoneOffset.UTC), story.slug()))
                .isInstanceOf(ArticleLookup.Found.class);
    }

    @Test
    void aPublishedStoryCannotBeScheduledAgainWithoutBeingUnpublished() {
        var story = new TestArticles(context).article("Already out").publish();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> workflow.schedule(story.id(), clock.instant().plus(Duration.ofHours(1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(articles.findPublished(story.id())).as("still published").isPresent();
    }

    @Test
    void schedulingForATimeAlreadyPastPublishesAtOnce() {
        long id = new TestArticles(context).article("Late story").draft();

        workflow.schedule(id, clock.instant().minus(Duration.ofMinutes(5)));

        assertThat(articles.findPublished(id)).isPresent();
    }

    @Test
    void aStoryWhoseTimePassedWhileTheServerWasDownIsPublishedAtStartUp() throws Exception {
        Path data = TestDataFolders.create("scheduling-downtime");
        String[] settings = {
            "--bulletin.data-dir=" + data,
            "--spring.datasource.url=" + TestDatabases.sqliteUrl(data),
            "--bulletin.sample-content=false",
            "--bulletin.scheduling.interval=1h",
            "--server.port=0"
        };
        long id;
        try (var first = new SpringApplicationBuilder(BulletinApplication.class).run(settings)) {
            id = new TestArticles(first).article("Due during downtime").draft();
            first.getBean(ArticleWorkflow.class)
                    .schedule(id, first.getBean(Clock.class).instant().plus(Duration.ofHours(1)));
        }
        try (var connection = DriverManager.getConnection(TestDatabases.sqliteUrl(data));
                var moveBack = connection.prepareStatement(
                        "UPDATE articles SET scheduled_for = scheduled_for - 7200000 WHERE id = ?")) {
            moveBack.setLong(1, id);
            assertThat(moveBack.executeUpdate())
                    .as("the time passes while the server is down")
                    .isEqualTo(1);
        }

        try (var second = new SpringApplicationBuilder(BulletinApplication.class).run(settings)) {
            assertThat(second.getBean(Articles.class).findPublished(id)).isPresent();
            assertThat(second.getBean(news.bulletin.audit.AuditLog.class)
                            .search("article.published", "article:" + id, news.bulletin.shared.PageNumber.FIRST)
                            .totalItems())
                    .as("published and audited together")
                    .isEqualTo(1);
        }
    }
}
