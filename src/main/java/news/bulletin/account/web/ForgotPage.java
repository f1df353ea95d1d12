package news.bulletin.account.web;

import news.bulletin.web.FormErrors;

/**
 * The "forgot your password" form.
 *
 * @param sent a link was asked for; the page says the same whether the address is known or not
 */
public record ForgotPage(ForgotForm form, FormErrors errors, boolean sent) {}
