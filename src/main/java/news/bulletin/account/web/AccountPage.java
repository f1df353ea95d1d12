package news.bulletin.account.web;

import news.bulletin.account.Account;
import news.bulletin.web.FormErrors;

/**
 * The reader's own account page.
 *
 * @param nameValue the name field as typed (kept when the form is rejected)
 * @param emailValue the email field as typed
 * @param notice what was just saved, or empty
 */
public record AccountPage(Account account, String nameValue, String emailValue, FormErrors errors, String notice) {
    static AccountPage of(Account account, String notice) {
        return new AccountPage(account, account.name(), account.email(), FormErrors.none(), notice);
    }
}
