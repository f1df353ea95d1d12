package news.bulletin.comment.web;

import static org.assertj.core.api.Assertions.assertThat;

import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.article.Section;
import news.bulletin.article.TestArticles;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reply's mail must not need a second database connection while the approving request still
 * holds its first: under load on PostgreSQL, readers commenting at once used up the pool that way
 * and waited on each other for 30 seconds. With a pool of one connection the old way could never
 * write the mail.
 */
@SiteTest
class ReplyMailOnOneConnectionTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "reply-mail-one-connection");
        registry.add("bulletin.sample-content", () -> "false");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "1");
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReplyIsMailedToTheParentsAuthorThroughTheDevOutbox() {
        var stories = new TestArticles(context);
        Section section = stories.section("Letters");
        var story = stories.article("Story with one connection").in(section).publish();
        var accounts = new TestAccounts(context);
        Account ada = accounts.create(Role.READER);
        Account ben = accounts.create(Role.READER);
        Http adaBrowser = CommentForms.trusted(port, jdbc, stories, section, ada);
        Http benBrowser = CommentForms.trusted(port, jdbc, stories, section, ben);

        long topId = CommentForms.idOf(CommentForms.post(adaBrowser, story.id(), null, "Top level"));
        var reply = CommentForms.post(benBrowser, story.id(), topId, "A reply to Ada");

        assertThat(reply.headers().firstValue("Location").orElseThrow()).contains("#comment-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_mail WHERE recipient = :to AND subject LIKE 'New reply%'")
                        .param("to", ada.email())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
