package news.bulletin.account.web;

/**
 * Tells a reader a link is on its way.
 *
 * @param headline what happened
 * @param message what to do now
 */
public record CheckEmailPage(String headline, String message) {}
