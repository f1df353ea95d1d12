package news.bulletin.account.web;

/**
 * The sign-in form.
 *
 * @param failed the previous attempt was refused
 * @param welcome the owner has just been created
 * @param signedOut the reader has just signed out
 */
public record LoginPage(boolean failed, boolean welcome, boolean signedOut) {}
