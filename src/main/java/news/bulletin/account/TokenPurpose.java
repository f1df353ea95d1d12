package news.bulletin.account;

/** What a one-time link in a mail is for. */
enum TokenPurpose {
    VERIFY_EMAIL,
    RESET_PASSWORD
}
