package news.bulletin.account.web;

import news.bulletin.web.FormErrors;

/** The owner's set-up form; the password fields are never sent back. */
public record SetupPage(String token, SetupForm form, FormErrors errors) {}
