package news.bulletin.account.web;

import news.bulletin.web.FormErrors;

/** The sign-up form; the password is never sent back. */
public record RegisterPage(RegisterForm form, FormErrors errors) {}
