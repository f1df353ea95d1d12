package news.bulletin.mail;

import java.time.Instant;

/** A mail kept in the dev outbox. */
public record OutboxMail(long id, String to, String subject, String text, Instant createdAt) {}
