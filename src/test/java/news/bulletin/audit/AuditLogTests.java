package news.bulletin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import news.bulletin.account.Account;
import news.bulletin.account.Role;
import news.bulletin.account.TestAccounts;
import news.bulletin.support.Http;
import news.bulletin.support.SiteTest;
import news.bulletin.support.TestDatabases;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Role and access changes land in the audit log, which administrators read and filter. */
@SiteTest
class AuditLogTests {
    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabases.useSqlite(registry, "audit");
        registry.add("bulletin.sample-content", () -> "false");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void anAdministratorsChangesAreRecordedWithWhoWhatWhenBeforeAndAfter() {
        var accounts = new TestAccounts(context);
        Account admin = accounts.create(Role.ADMIN);
        Account reader = accounts.create(Role.READER);
        Http browser = Http.signedIn(port, admin.email(), TestAccounts.PASSWORD);

        browser.post("/newsroom/people/" + reader.id() + "/role", Map.of("_csrf", browser.csrf(), "role", "AUTHOR"));
        browser.post(
                "/newsroom/people/" + reader.id() + "/enabled", Map.of("_csrf", browser.csrf(), "enabled", "false"));

        Document log = Jsoup.parse(browser.get("/newsroom/audit").body());
        var rows = log.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText())
                .containsSubsequence(admin.name(), "account.access", "account:" + reader.id(), "enabled", "disabled");
        assertThat(rows.get(1).select("td").eachText())
                .containsSubsequence(admin.name(), "account.role", "account:" + reader.id(), "READER", "AUTHOR");
        assertThat(rows.get(1).select("time").attr("datetime")).isNotBlank();

        Document roles =
                Jsoup.parse(browser.get("/newsroom/audit?action=account.role").body());
        assertThat(roles.select("tbody tr")).hasSize(1);
        assertThat(roles.select("#action option[selected]").text()).isEqualTo("account.role");
        Document other = Jsoup.parse(
                browser.get("/newsroom/audit?subject=account:999999").body());
        assertThat(other.select(".empty-state").text()).isEqualTo("Nothing recorded here yet.");
    }

    @Test
    void aRefusedChangeRecordsNothing() {
        var accounts = new TestAccounts(context);
        Account admin = accounts.create(Role.ADMIN);
        Http browser = Http.signedIn(port, admin.email(), TestAccounts.PASSWORD);
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("UPDATE people SET role = 'EDITOR' WHERE role = 'ADMIN' AND id <> :id")
                .param("id", admin.id())
                .update();

        browser.post("/newsroom/people/" + admin.id() + "/role", Map.of("_csrf", browser.csrf(), "role", "READER"));

        assertThat(Jsoup.parse(browser.get("/newsroom/audit?subject=account:" + admin.id())
                                .body())
                        .select("tbody tr"))
                .isEmpty();
    }
}
