package news.bulletin.mail;

import java.time.Clock;
import news.bulletin.shared.PageNumber;
import news.bulletin.shared.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the site's mail. With SMTP configured it goes out through it; without, it lands in the dev
 * outbox (logged, and listed for administrators at {@code /newsroom/outbox}).
 */
@Service
public class Mailer {
    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    static final int PAGE_SIZE = 20;

    private final ObjectProvider<JavaMailSender> smtp;
    private final OutboxRepository outbox;
    private final MailProperties properties;
    private final Clock clock;

    Mailer(ObjectProvider<JavaMailSender> smtp, OutboxRepository outbox, MailProperties properties, Clock clock) {
        this.smtp = smtp;
        this.outbox = outbox;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a mail once the current transaction commits (at once outside one), so that no mail
     * points at a link whose token was rolled back, and no database lock waits on an SMTP server.
     * Without SMTP the mail is a row of the dev outbox, written in the current transaction: it goes
     * with it, and after the commit there would be no connection to write it with but a second one,
     * which many readers commenting at once could leave each other waiting for.
     */
    public void send(Mail mail) {
        JavaMailSender sender = smtp.getIfAvailable();
        if (sender == null) {
            outbox.insert(mail, clock.instant());
            afterCommit(() -> log.info(
                    "Dev outbox (no SMTP configured): mail to {}\nSubject: {}\n\n{}",
                    mail.to(),
                    mail.subject(),
                    mail.text()));
        } else {
            afterCommit(() -> deliver(sender, mail));
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    /**
     * A failing SMTP server is logged and does not fail the reader's request: every flow that mails
     * a link also offers to send it again.
     */
    private void deliver(JavaMailSender sender, Mail mail) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            sender.send(message);
        } catch (MailException e) {
            log.error("Could not send mail \"{}\" through SMTP", mail.subject(), e);
        }
    }

    public Paging<OutboxMail> outbox(PageNumber page) {
        long total = outbox.count();
        return Paging.of(outbox.newest(PAGE_SIZE, page.offset(PAGE_SIZE)), page, total, PAGE_SIZE);
    }
}
