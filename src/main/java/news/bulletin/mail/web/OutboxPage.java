package news.bulletin.mail.web;

import news.bulletin.mail.OutboxMail;
import news.bulletin.shared.Paging;

/** The dev outbox: mail the site would have sent, newest first. */
public record OutboxPage(Paging<OutboxMail> mails, boolean smtpConfigured) {}
