package news.bulletin.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings under {@code bulletin.mail}.
 *
 * @param from the sender of every mail the site sends
 */
@ConfigurationProperties("bulletin.mail")
public record MailProperties(
        @DefaultValue("Bulletin <no-reply@localhost>") String from) {}
