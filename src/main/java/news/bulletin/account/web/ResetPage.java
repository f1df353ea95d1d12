package news.bulletin.account.web;

import news.bulletin.web.FormErrors;

/** The form for a new password, reached from a reset link. */
public record ResetPage(String token, FormErrors errors) {}
