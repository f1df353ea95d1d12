package news.bulletin.account;

/**
 * A person who can sign in, as their account page and the administrators see them.
 *
 * @param verified the email address was confirmed through a link sent to it
 * @param notifyReplies mail them when someone replies to their comment
 * @param enabled false when an administrator has disabled the account
 */
public record Account(
        long id, String name, String email, Role role, boolean verified, boolean notifyReplies, boolean enabled) {}
