package news.bulletin.account.web;

/** The button that confirms an address from a mailed link. */
public record VerifyPage(String token, String returnTo) {}
