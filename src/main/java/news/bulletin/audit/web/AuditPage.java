package news.bulletin.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.bulletin.audit.AuditEvent;
import news.bulletin.shared.Paging;

/**
 * The audit log for administrators.
 *
 * @param action the action filtered by, or empty for all
 * @param subject the subject filtered by, such as {@code account:7}, or empty for all
 */
public record AuditPage(Paging<AuditEvent> events, List<String> actions, String action, String subject) {
    public String pageHref(int page) {
        return "/newsroom/audit?action=" + encode(action) + "&subject=" + encode(subject)
                + (page > 1 ? "&page=" + page : "");
    }

    public String subjectHref(String subject) {
        return "/newsroom/audit?subject=" + encode(subject);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
