package news.bulletin.account.web;

/** The address a reader asks a reset link for. */
public record ForgotForm(String email) {
    public ForgotForm {
        email = email == null ? "" : email.trim();
    }
}
