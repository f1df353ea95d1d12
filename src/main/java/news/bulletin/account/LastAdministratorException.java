package news.bulletin.account;

/** Refuses a change that would leave the site without an enabled administrator. */
public class LastAdministratorException extends RuntimeException {
    public LastAdministratorException() {
        super("the site would be left without an administrator");
    }
}
