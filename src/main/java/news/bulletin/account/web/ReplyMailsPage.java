package news.bulletin.account.web;

/**
 * Switching reply notifications off from a mail.
 *
 * @param stopped the mails are now off
 */
public record ReplyMailsPage(String key, boolean stopped) {}
