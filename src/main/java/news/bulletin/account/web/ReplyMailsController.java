package news.bulletin.account.web;

import news.bulletin.account.AccountSettings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The "stop these mails" link in reply notifications. Opening it asks for a click, so that mail
 * scanners that fetch every link do not switch notifications off.
 */
@Controller
class ReplyMailsController {
    private final AccountSettings settings;

    ReplyMailsController(AccountSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/account/replies/stop")
    String confirm(@RequestParam(defaultValue = "") String key, Model model) {
        model.addAttribute("page", new ReplyMailsPage(key, false));
        return "account/replyMails";
    }

    @PostMapping("/account/replies/stop")
    String stop(@RequestParam(defaultValue = "") String key, Model model) {
        boolean stopped = settings.stopReplyMails(key);
        model.addAttribute("page", new ReplyMailsPage(key, stopped));
        return "account/replyMails";
    }
}
