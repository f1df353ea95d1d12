package news.bulletin.audit.web;

import news.bulletin.audit.AuditLog;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators browse and filter the audit log at {@code /newsroom/audit}. */
@Controller
class AuditController {
    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/newsroom/audit")
    String events(
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        String actionFilter = action.isBlank() ? null : action.trim();
        String subjectFilter = subject.isBlank() ? null : subject.trim();
        PageNumber number = PageNumber.parseOrFirst(page);
        model.addAttribute(
                "page",
                new AuditPage(
                        log.search(actionFilter, subjectFilter, number),
                        log.actions(),
                        actionFilter == null ? "" : actionFilter,
                        subjectFilter == null ? "" : subjectFilter));
        return "audit/log";
    }
}
