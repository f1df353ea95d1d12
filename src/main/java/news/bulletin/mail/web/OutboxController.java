package news.bulletin.mail.web;

import news.bulletin.mail.Mailer;
import news.bulletin.shared.PageNumber;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Lists the dev outbox for administrators. */
@Controller
class OutboxController {
    private final Mailer mailer;
    private final ObjectProvider<JavaMailSender> smtp;

    OutboxController(Mailer mailer, ObjectProvider<JavaMailSender> smtp) {
        this.mailer = mailer;
        this.smtp = smtp;
    }

    @GetMapping("/newsroom/outbox")
    String outbox(@RequestParam(required = false) @Nullable String page, Model model) {
        PageNumber number = PageNumber.parseOrFirst(page);
        model.addAttribute("page", new OutboxPage(mailer.outbox(number), smtp.getIfAvailable() != null));
        return "mail/outbox";
    }
}
