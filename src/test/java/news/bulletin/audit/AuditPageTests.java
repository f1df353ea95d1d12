package news.bulletin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import news.bulletin.audit.web.AuditPage;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import org.junit.jupiter.api.Test;

class AuditPageTests {
    @Test
    void filterValuesAreEncodedInLinks() {
        var page = new AuditPage(Paging.of(List.of(), PageNumber.FIRST, 0, 50), List.of(), "a&b", "tag:1 #2");

        assertThat(page.pageHref(2)).isEqualTo("/newsroom/audit?action=a%26b&subject=tag%3A1+%232&page=2");
        assertThat(page.subjectHref("x&y")).isEqualTo("/newsroom/audit?subject=x%26y");
    }
}
