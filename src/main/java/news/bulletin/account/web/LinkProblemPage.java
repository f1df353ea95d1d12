package news.bulletin.account.web;

import news.bulletin.account.LinkCheck;

/**
 * A mailed link that cannot be used, and how to get a new one.
 *
 * @param state why it cannot be used
 * @param kind "verify" or "reset"
 * @param signedIn whether the visitor can ask for a new verification link right here
 */
public record LinkProblemPage(LinkCheck state, String kind, boolean signedIn) {
    public String headline() {
        return switch (state) {
            case EXPIRED -> "This link has expired";
            case USED -> "This link has been used already";
            default -> "This link does not work";
        };
    }
}
