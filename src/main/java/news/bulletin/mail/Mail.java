package news.bulletin.mail;

/** A plain-text mail to one address. */
public record Mail(String to, String subject, String text) {}
