package news.bulletin.account;

/** The outcome of opening a one-time link from a mail. */
public enum LinkCheck {
    /** The link worked. */
    DONE,
    /** The link is older than its time limit. */
    EXPIRED,
    /** The link was used already. */
    USED,
    /** No such link was ever sent. */
    UNKNOWN
}
